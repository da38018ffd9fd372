// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SyntheticDocument.h"
#include "io/DocumentJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestDocumentJson : public QObject
{
    Q_OBJECT

private:
    static QByteArray golden()
    {
        QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the golden file");
        return file.readAll();
    }

    /// Errors are one sentence: one line, no final stop, something said.
    static void verifyOneSentence(const QString &error)
    {
        QVERIFY2(!error.isEmpty(), "no error given");
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QVERIFY2(!error.endsWith(u'.'), qPrintable(error));
    }

    /// A document whose sections are nested depth levels deep, one paragraph at the bottom.
    static QByteArray nestedSections(int depth)
    {
        QJsonObject section;
        for (int level = depth; level >= 1; --level) {
            QJsonObject outer { { u"id"_s, u"s%1"_s.arg(level) },
                { u"title"_s, u"Level %1"_s.arg(level) }, { u"level"_s, level },
                { u"paragraphs"_s, QJsonArray() }, { u"sections"_s, QJsonArray() } };
            if (level == depth) {
                outer[u"paragraphs"_s]
                    = QJsonArray { QJsonObject { { u"id"_s, u"p1"_s }, { u"text"_s, u"Deep."_s },
                        { u"emphasis"_s, QJsonArray() }, { u"source_offset"_s, 0 } } };
            } else {
                outer[u"sections"_s] = QJsonArray { section };
            }
            section = outer;
        }
        QJsonObject root = QJsonDocument::fromJson(documentToJson(Document {})).object();
        root[u"sections"_s] = QJsonArray { section };
        return QJsonDocument(root).toJson();
    }

    /// The synthetic document as a format before 1.3 holds it: without what a procedure file
    /// added and without the fetched vote's page.
    static void withoutFormatOnePointThree(Document &document)
    {
        document.procedure.committee.clear();
        document.procedure.rapporteurs.clear();
        document.procedure.events.clear();
        document.procedure.sourceUrl.clear();
        document.procedure.fetched = {};
        document.vote->sourceUrl.clear();
    }

private Q_SLOTS:
    void writesTheGoldenFile()
    {
        // The golden file pins the key order and layout scripts rely on.
        if (qEnvironmentVariableIsSet("RE_UPDATE_GOLDEN")) {
            QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic.json"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(documentToJson(test::syntheticDocument()));
            QSKIP("golden file rewritten; review it with git diff");
        }
        QCOMPARE(documentToJson(test::syntheticDocument()), golden());
    }

    void readsFormatOnePointZero()
    {
        // A document saved before statements had acts: each action's verb is its one act.
        QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic-format-1.0.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"format\": \"resolution-explorer/1\""));
        QVERIFY(!json.contains("\"acts\""));
        QString error;
        const std::optional<Document> document = documentFromJson(json, &error);
        QVERIFY2(document, qPrintable(error));
        Document expected = test::syntheticDocument();
        expected.vote->breakdownSource.clear();
        withoutFormatOnePointThree(expected);
        for (Action &action : expected.actions)
            action.acts = { { action.verb, action.paragraph, action.verbSpan, false } };
        QCOMPARE(*document, expected);
    }

    void readsFormatOnePointOne()
    {
        // A document saved before the vote named where its breakdowns came from.
        QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic-format-1.1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"format\": \"resolution-explorer/1.1\""));
        QVERIFY(!json.contains("\"breakdown_source\""));
        QString error;
        const std::optional<Document> document = documentFromJson(json, &error);
        QVERIFY2(document, qPrintable(error));
        Document expected = test::syntheticDocument();
        expected.vote->breakdownSource.clear();
        withoutFormatOnePointThree(expected);
        QCOMPARE(*document, expected);
    }

    void readsFormatOnePointTwo()
    {
        // A document saved before procedure files and fetched votes were kept.
        QFile file(QStringLiteral(RE_TEST_DATA "/io/document-synthetic-format-1.2.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"format\": \"resolution-explorer/1.2\""));
        QVERIFY(!json.contains("\"committee\""));
        QString error;
        const std::optional<Document> document = documentFromJson(json, &error);
        QVERIFY2(document, qPrintable(error));
        Document expected = test::syntheticDocument();
        withoutFormatOnePointThree(expected);
        QCOMPARE(*document, expected);
    }

    void readsTheGoldenFile()
    {
        QString error;
        const std::optional<Document> document = documentFromJson(golden(), &error);
        QVERIFY2(document, qPrintable(error));
        QCOMPARE(*document, test::syntheticDocument());
        QCOMPARE(document->sections.at(document->sectionIndex(u"s1.1.1"_s)).parent,
            document->sectionIndex(u"s1.1"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Document>("document");
        const Document rich = test::syntheticDocument();
        QTest::newRow("empty") << Document {};
        QTest::newRow("rich") << rich;
        Document noVote = rich;
        noVote.vote.reset();
        QTest::newRow("no vote") << noVote;
        Document totalsOnly = rich;
        totalsOnly.vote->seats = 0;
        totalsOnly.vote->groups.clear();
        totalsOnly.vote->countries.clear();
        QTest::newRow("vote totals only") << totalsOnly;
        Document noDate = rich;
        noDate.procedure.date = QDate();
        QTest::newRow("no date") << noDate;
        Document oddText = rich;
        oddText.paragraphs[1].text = QString(QChar(0xd800)) + u"\u00e9\U0001F600\x7f\x1f"_s;
        oddText.sourceName = QString(QChar(0xdc00));
        QTest::newRow("unpaired surrogates, emoji, controls") << oddText;
        Document byteOrderMarks = rich;
        byteOrderMarks.sections[0].title = u"\ufeff# A heading with a byte order mark"_s;
        byteOrderMarks.paragraphs[0].text += u"\ufeff"_s;
        QTest::newRow("U+FEFF inside strings") << byteOrderMarks;
    }

    void roundTrip()
    {
        QFETCH(Document, document);
        const QByteArray json = documentToJson(document);
        QString error;
        const std::optional<Document> read = documentFromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(*read, document);
        QCOMPARE(documentToJson(*read), json);
    }

    void nonCanonicalOrderIsRewrittenInReadingOrder()
    {
        // Sections listed top-level first and paragraphs out of reading order: the file
        // comes back in depth-first order, with every index remapped, and then round-trips.
        Document d;
        d.sections = { Section { u"s1"_s, u"One"_s, 1, -1, { 2 }, { 1 } },
            Section { u"s2"_s, u"Two"_s, 1, -1, {}, { 0 } },
            Section { u"s1.1"_s, u"One one"_s, 2, 0, {}, { 2 } } };
        d.paragraphs = { Paragraph { u"p3"_s, u"Third."_s, 1, -1, {} },
            Paragraph { u"p1"_s, u"First."_s, 0, -1, {} },
            Paragraph { u"p2"_s, u"Second."_s, 2, -1, {} } };
        d.actions = { Action { u"a1"_s, u"Second."_s, VerbKind::Note, {}, {}, {}, 2, 2, { 0, 7 },
            { 0, 6 }, { { VerbKind::Note, 2, { 0, 6 }, false } } } };
        const QByteArray json = documentToJson(d);
        QString error;
        const std::optional<Document> read = documentFromJson(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(*read != d);
        QStringList sectionIds;
        for (const Section &section : read->sections)
            sectionIds.append(section.id);
        QCOMPARE(sectionIds, QStringList({ u"s1"_s, u"s1.1"_s, u"s2"_s }));
        QStringList paragraphIds;
        for (const Paragraph &paragraph : read->paragraphs)
            paragraphIds.append(paragraph.id);
        QCOMPARE(paragraphIds, QStringList({ u"p1"_s, u"p2"_s, u"p3"_s }));
        QCOMPARE(read->sections.at(0).children, QList<int> { 1 });
        QCOMPARE(read->sections.at(1).paragraphs, QList<int> { 1 });
        QCOMPARE(read->paragraphs.at(1).section, 1);
        QCOMPARE(read->actions.at(0).paragraph, 1);
        QCOMPARE(read->actions.at(0).section, 1);
        QCOMPARE(documentToJson(*read), json);
    }

    void writerSurvivesBrokenIndexes()
    {
        // A document no reader produces: cycles and dangling indexes. The writer must not
        // loop or crash; what it writes is then refused by the reader, not misread.
        Document d;
        d.sections = { Section { u"s1"_s, u"Loop"_s, 1, -1, { 0, 1, 7 }, { 0, 9 } },
            Section { u"s2"_s, u"Child"_s, 2, 0, { 0 }, {} } };
        d.paragraphs = { Paragraph { u"p1"_s, u"Text."_s, 0, -1, {} },
            Paragraph { u"p2"_s, u"Lost."_s, 12, -1, {} } };
        d.mentions = { Mention { u"X"_s, -5, { 0, 1 } } };
        d.actions = { Action { u"a1"_s, u"Text."_s, VerbKind::Call, {}, {}, {}, 42, 99, {}, {},
            { { VerbKind::Call, 99, {}, false } } } };
        const QByteArray json = documentToJson(d);
        QCOMPARE(json.count("\"id\": \"s1\""), 1);
        QCOMPARE(json.count("\"id\": \"s2\""), 1);
        QVERIFY(!json.contains("p2"));
        QString error;
        QVERIFY(!documentFromJson(json, &error));
        QCOMPARE(
            error, u"mentions[0].entity names entity \"X\", which the document does not contain"_s);
    }

    void readsScriptWrittenDocuments()
    {
        // Another key order (QJsonDocument sorts keys), another indentation, unknown keys and
        // a minor version of the same major: all read.
        QJsonObject root = QJsonDocument::fromJson(golden()).object();
        root[u"format"_s] = u"resolution-explorer/1.3"_s;
        root[u"generator"_s] = u"a script"_s;
        QJsonArray actions = root[u"actions"_s].toArray();
        QJsonObject action = actions.at(0).toObject();
        action[u"confidence"_s] = 0.5;
        actions[0] = action;
        root[u"actions"_s] = actions;
        QString error;
        const std::optional<Document> read
            = documentFromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, test::syntheticDocument());
    }

    void refusesBadInput_data()
    {
        // Each row edits the first occurrence of "from" in the golden file; an empty "from"
        // replaces the whole file.
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        const auto row
            = [](const char *name, const char *from, const char *to, const QString &expected) {
                  QTest::newRow(name) << QByteArray(from) << QByteArray(to) << expected;
              };
        row("empty file", "", "", u"the file is not valid JSON: "_s);
        row("truncated", "\"mentions\"", "", u"the file is not valid JSON: "_s);
        row("binary", "", "\x89PNG\r\n\x1a\n", u"the file is not valid JSON: "_s);
        row("array", "", "[1, 2]", u"the file is not a Resolution Explorer document: "_s);
        row("no format", "\"format\"", "\"formats\"",
            u"the file is not a Resolution Explorer document"_s);
        row("format not a string", "\"resolution-explorer/1.3\"", "1",
            u"the file is not a Resolution Explorer document"_s);
        row("other format", "\"resolution-explorer/1.3\"", "\"geojson/1\"",
            u"the file is not a Resolution Explorer document"_s);
        row("newer major", "resolution-explorer/1.3", "resolution-explorer/2",
            u"the document is in format resolution-explorer/2, newer than this program reads "
            "(resolution-explorer/1)"_s);
        row("huge major", "resolution-explorer/1", "resolution-explorer/99999999999999999999",
            u"newer than this program reads"_s);
        row("major zero", "resolution-explorer/1.3", "resolution-explorer/0",
            u"the document is in format resolution-explorer/0, which this program does not "
            "read (it reads resolution-explorer/1)"_s);
        row("bad version", "resolution-explorer/1", "resolution-explorer/1.x",
            u"which this program does not read"_s);
        row("missing stage", "\"stage\"", "\"Stage\"",
            u"the document lacks the key procedure.stage"_s);
        row("missing source", "\"source\"", "\"sources\"", u"the document lacks the key source"_s);
        row("missing vote", "\"vote\"", "\"votes\"", u"the document lacks the key vote"_s);
        row("missing row key", "\"did_not_vote\"", "\"absent\"",
            u"the document lacks the key vote.groups[0].did_not_vote"_s);
        row("missing nested key", "\"title\": \"Deep", "\"name\": \"Deep",
            u"lacks the key sections[0].sections[0].sections[0].title"_s);
        row("procedure not object", "\"procedure\": {", "\"procedure\": 5, \"x\": {",
            u"procedure must be an object"_s);
        row("vote negative", "\"for\": 400", "\"for\": -1",
            u"vote.for must be a whole number of 0 or more"_s);
        row("vote fraction", "\"for\": 400", "\"for\": 1.5", u"vote.for must be a whole number"_s);
        row("vote too big", "\"for\": 400", "\"for\": 1e10", u"vote.for must be a whole number"_s);
        row("vote string", "\"for\": 400", "\"for\": \"400\"",
            u"vote.for must be a whole number"_s);
        row("vote bool", "\"for\": 400", "\"for\": true", u"vote.for must be a whole number"_s);
        row("seats beyond any parliament", "\"seats\": 720", "\"seats\": 2147483647",
            u"vote.seats is 2,147,483,647, more than the 10,000 seats and votes of any "
            "parliament"_s);
        row("group count beyond any parliament", "\"for\": 150", "\"for\": 10001",
            u"vote.groups[0].for is 10,001, more than the 10,000 seats and votes of any "
            "parliament"_s);
        row("votes adding up beyond any parliament", "\"against\": 120", "\"against\": 9999",
            u"vote: the votes cast add up to 10,434, more than the 10,000 seats of any "
            "parliament"_s);
        row("seats null", "\"seats\": 720", "\"seats\": null",
            u"vote.seats must be a whole number"_s);
        row("level string", "\"level\": 1", "\"level\": \"1\"",
            u"sections[0].level must be a whole number"_s);
        row("level zero", "\"level\": 1", "\"level\": 0", u"sections[0].level must be 1 or more"_s);
        row("text number", "\"text\": \"\"", "\"text\": 0",
            u"paragraphs[1].text must be a string"_s);
        row("empty id", "\"id\": \"p2\"", "\"id\": \"\"",
            u"paragraphs[1].id must be a non-empty string"_s);
        row("paragraphs object", "\"paragraphs\": [],", "\"paragraphs\": {},",
            u"sections[0].sections[1].paragraphs must be a list"_s);
        row("span single", "[[4, 9]]", "[[4]]",
            u"paragraphs[0].emphasis[0] must be a list of two whole numbers"_s);
        row("span negative", "[[4, 9]]", "[[-4, 9]]",
            u"paragraphs[0].emphasis[0][0] must be a whole number"_s);
        row("members string", "\"members\": [\"ALB\", \"USA\"]", "\"members\": \"ALB\"",
            u"entities[1].members must be a list"_s);
        row("member number", "\"members\": [\"ALB\", \"USA\"]", "\"members\": [\"ALB\", 3]",
            u"entities[1].members[1] must be a string"_s);
        row("date format", "\"2025-07-09\"", "\"09/07/2025\"",
            u"procedure.date must be a date written YYYY-MM-DD, or null"_s);
        row("date impossible", "\"2025-07-09\"", "\"2025-02-30\"", u"procedure.date must be"_s);
        row("date number", "\"2025-07-09\"", "20250709", u"procedure.date must be"_s);
        row("unknown verb", "\"verb\": \"call\"", "\"verb\": \"shout\"",
            u"actions[0].verb is \"shout\", which is not a known verb"_s);
        row("unknown role", "\"role\": \"partner\"", "\"role\": \"friend\"",
            u"entities[0].role is \"friend\", which is not a known entity role"_s);
        row("unknown kind", "\"kind\": \"country\"", "\"kind\": \"planet\"",
            u"entities[0].kind is \"planet\", which is not a known entity kind"_s);
        row("dangling action paragraph", "\"paragraph\": \"p1\"", "\"paragraph\": \"p99\"",
            u"actions[0].paragraph names paragraph \"p99\", which the document does not "
            "contain"_s);
        row("null action paragraph", "\"paragraph\": \"p1\"", "\"paragraph\": null",
            u"actions[0].paragraph must be a non-empty string"_s);
        row("dangling action section", "\"section\": \"s1\"", "\"section\": \"s9\"",
            u"actions[1].section names section \"s9\""_s);
        row("action section number", "\"section\": \"s1\"", "\"section\": 1",
            u"actions[1].section must be a section id or null"_s);
        row("dangling action entity", "\"entities\": [\"UKR\"", "\"entities\": [\"ZZZ\"",
            u"actions[1].entities[0] names entity \"ZZZ\""_s);
        row("dangling mention entity", "{\"entity\": \"UKR\"", "{\"entity\": \"XXX\"",
            u"mentions[0].entity names entity \"XXX\""_s);
        row("dangling mention paragraph", "\"paragraph\": \"p3\", \"start\"",
            "\"paragraph\": \"p0\", \"start\"", u"mentions[0].paragraph names paragraph \"p0\""_s);
        row("dangling via", "\"via\": \"western-balkans\"", "\"via\": \"nowhere\"",
            u"entities[4].via names entity \"nowhere\""_s);
        row("dangling evidence", "\"evidence\": \"p3\"", "\"evidence\": \"p42\"",
            u"entities[0].evidence names paragraph \"p42\""_s);
        row("sentence out of range", "\"sentence\": [0, 56]", "\"sentence\": [0, 57]",
            u"actions[0].sentence [0, 57] lies outside the 56 characters of paragraph p1"_s);
        row("verb span far out", "\"verb_span\": [25, 5]", "\"verb_span\": [9007199254740992, 5]",
            u"actions[0].verb_span [9007199254740992, 5] lies outside"_s);
        row("emphasis out of range", "[[4, 9]]", "[[50, 9]]",
            u"paragraphs[0].emphasis[0] [50, 9] lies outside"_s);
        row("mention out of range", "\"start\": 9,", "\"start\": 49,",
            u"mentions[0] [49, 7] lies outside the 50 characters of paragraph p3"_s);
        row("duplicate paragraph", "\"id\": \"p2\"", "\"id\": \"p1\"",
            u"paragraphs[1].id repeats the id \"p1\""_s);
        row("duplicate nested paragraph", "\"id\": \"p5\"", "\"id\": \"p4\"",
            u"sections[0].sections[0].sections[0].paragraphs[0].id repeats the id \"p4\""_s);
        row("duplicate section", "\"id\": \"s1.2\"", "\"id\": \"s1\"",
            u"sections[0].sections[1].id repeats the id \"s1\""_s);
        row("duplicate entity", "\"id\": \"SRB\"", "\"id\": \"ALB\"",
            u"entities[4].id repeats the id \"ALB\""_s);
        row("act of unknown verb", "\"acts\": [{\"verb\": \"call\"",
            "\"acts\": [{\"verb\": \"shout\"",
            u"actions[0].acts[0].verb is \"shout\", which is not a known verb"_s);
        row("no acts",
            "\"acts\": [{\"verb\": \"call\", \"paragraph\": \"p1\", \"span\": [25, 5], "
            "\"implicit\": false}]",
            "\"acts\": []", u"actions[0].acts must hold at least one act"_s);
        row("act implicit not a boolean", "\"implicit\": false", "\"implicit\": 0",
            u"actions[0].acts[0].implicit must be true or false"_s);
        row("act span outside its paragraph", "\"span\": [25, 5]", "\"span\": [250, 5]",
            u"actions[0].acts[0].span"_s);
        row("dangling act paragraph", "\"acts\": [{\"verb\": \"call\", \"paragraph\": \"p1\"",
            "\"acts\": [{\"verb\": \"call\", \"paragraph\": \"p9\"",
            u"actions[0].acts[0].paragraph names paragraph \"p9\""_s);
        row("duplicate action", "\"id\": \"a2\"", "\"id\": \"a1\"",
            u"actions[1].id repeats the id \"a1\""_s);
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = to;
        if (!from.isEmpty()) {
            json = golden();
            const qsizetype at = json.indexOf(from);
            QVERIFY2(at >= 0, from.constData());
            // "truncated" cuts the file at the key instead of replacing it.
            json = QTest::currentDataTag() == QByteArrayView("truncated")
                ? json.left(at)
                : json.replace(at, from.size(), to);
        }
        QString error;
        const std::optional<Document> document = documentFromJson(json, &error);
        QVERIFY(!document);
        QVERIFY2(error.contains(expected), qPrintable(error));
        verifyOneSentence(error);
    }

    void sectionNestingIsLimited_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("1") << 1 << true;
        QTest::newRow("32") << MaxSectionDepth << true;
        QTest::newRow("33") << MaxSectionDepth + 1 << false;
        QTest::newRow("200") << 200 << false;
    }

    void sectionNestingIsLimited()
    {
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        QString error;
        const std::optional<Document> document = documentFromJson(nestedSections(depth), &error);
        QCOMPARE(bool(document), accepted);
        if (accepted) {
            QCOMPARE(document->sections.size(), depth);
            QCOMPARE(document->sections.last().parent, depth - 2);
            QCOMPARE(document->paragraphs.at(0).section, depth - 1);
        } else {
            QCOMPARE(error, u"the sections are nested deeper than 32 levels"_s);
        }
    }

    void refusesHostileNesting_data()
    {
        QTest::addColumn<QByteArray>("json");
        constexpr int depth = 10000;
        QTest::newRow("arrays") << QByteArray(depth, '[') + QByteArray(depth, ']');
        QTest::newRow("objects") << QByteArray("{\"a\":").repeated(depth) + "1"
                + QByteArray(depth, '}');
        QTest::newRow("unclosed") << QByteArray(depth, '[');
        QByteArray inside = golden();
        const QByteArray deep = "\"themes\": " + QByteArray(depth, '[') + QByteArray(depth, ']');
        inside.replace("\"themes\": []", deep);
        QTest::newRow("inside a document") << inside;
    }

    void refusesHostileNesting()
    {
        // QJsonDocument refuses documents nested deeper than its own limit (1024) itself,
        // before any recursion of ours, so nothing can exhaust the stack.
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!documentFromJson(json, &error));
        QVERIFY2(error.startsWith(u"the file is not valid JSON: "_s), qPrintable(error));
        QVERIFY2(error.contains(u" at offset "_s), qPrintable(error));
        verifyOneSentence(error);
    }

    void survivesTruncationAndCorruption()
    {
        const QByteArray json = golden();
        // Every prefix short of the closing brace is refused.
        for (qsizetype length = 0; length < json.lastIndexOf('}'); ++length) {
            QString error;
            QVERIFY(!documentFromJson(json.left(length), &error));
            QVERIFY(!error.isEmpty());
        }
        // Flip bytes at random (fixed seed): whatever is read must be valid enough to write
        // and read again identically.
        QRandomGenerator random(20260101);
        int readable = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray corrupt = json;
            for (int flips = 0; flips < 3; ++flips)
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
            QString error;
            const std::optional<Document> document = documentFromJson(corrupt, &error);
            if (!document) {
                QVERIFY(!error.isEmpty());
                continue;
            }
            ++readable;
            const std::optional<Document> again
                = documentFromJson(documentToJson(*document), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(*again, *document);
        }
        QVERIFY(readable < 3000);
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestDocumentJson)
#include "tst_documentjson.moc"
