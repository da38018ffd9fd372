// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SyntheticDocument.h"
#include "io/ActionExport.h"
#include "io/DocumentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestActionExport : public QObject
{
    Q_OBJECT

private:
    /// A minimal RFC 4180 reader (CRLF records, quoted fields), to read the export back.
    static QList<QStringList> parseCsv(const QByteArray &csv, bool *ok)
    {
        QList<QStringList> records;
        QStringList record;
        QByteArray field;
        bool quoted = false;
        bool wasQuoted = false;
        *ok = true;
        for (qsizetype i = 0; i < csv.size(); ++i) {
            const char c = csv.at(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"') {
                if (!field.isEmpty() || wasQuoted)
                    *ok = false; // a quote inside an unquoted field
                quoted = wasQuoted = true;
            } else if (c == ',') {
                record.append(QString::fromUtf8(field));
                field.clear();
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n') {
                record.append(QString::fromUtf8(field));
                records.append(record);
                record.clear();
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == '\r' || c == '\n') {
                *ok = false; // a bare line break outside quotes
            } else {
                field += c;
            }
        }
        if (quoted || !field.isEmpty() || !record.isEmpty())
            *ok = false; // the last record must end with CRLF
        return records;
    }

    static QList<int> allActions(const Document &document)
    {
        QList<int> indexes;
        for (int i = 0; i < document.actions.size(); ++i)
            indexes.append(i);
        return indexes;
    }

private Q_SLOTS:
    void csvHeaderOnlyForNoActions()
    {
        const Document document = test::syntheticDocument();
        QCOMPARE(actionsToCsv(document, {}),
            QByteArray("id,verb,text,addressees,entities,entity_names,themes,section,"
                       "section_title,paragraph,acts,procedure\r\n"));
    }

    void csvListsEveryAct()
    {
        // A statement's acts, the implicit ones marked: here a welcome and a deontic call.
        const QByteArray csv = actionsToCsv(test::syntheticDocument(), { 1 });
        QVERIFY2(csv.endsWith(",p3,welcome; call (implicit),0000/0001(INI)\r\n"), csv.constData());
    }

    void csvRecordsInTheGivenOrder()
    {
        const Document document = test::syntheticDocument();
        const QByteArray expected = QByteArray(ActionCsvHeader) + "\r\n"
            + "a3,urge,\"Urges the Western Balkans, including Albania, to align.\",partners; EU,"
              "western-balkans; ALB,Western Balkans; Albania,Enlargement; Rule of law,s1.1,"
              "The Western Balkans,p4,urge,0000/0001(INI)\r\n"
            + "a1,call,The synthetic Parliament calls on the Commission to act.,Commission,,,,,,"
              "p1,call,0000/0001(INI)\r\n";
        QCOMPARE(actionsToCsv(document, { 2, 0 }), expected);
        // Indexes out of range are skipped.
        QCOMPARE(actionsToCsv(document, { -1, 2, 99, 0, 4 }), expected);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("plain") << u"Notes it."_s << QByteArray("Notes it.");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("comma") << u"a, b"_s << QByteArray("\"a, b\"");
        QTest::newRow("quotes") << u"say \"no\""_s << QByteArray("\"say \"\"no\"\"\"");
        QTest::newRow("only a quote") << u"\""_s << QByteArray("\"\"\"\"");
        QTest::newRow("newline") << u"one\ntwo"_s << QByteArray("\"one\ntwo\"");
        QTest::newRow("crlf") << u"one\r\ntwo"_s << QByteArray("\"one\r\ntwo\"");
        QTest::newRow("all of them") << u"\"a\",\nb"_s << QByteArray("\"\"\"a\"\",\nb\"");
        QTest::newRow("utf-8") << u"ünïcödé €"_s
                               << QByteArray("\xc3\xbcn\xc3\xaf"
                                             "c\xc3\xb6"
                                             "d\xc3\xa9 \xe2\x82\xac");
        QTest::newRow("spaces kept") << u" padded "_s << QByteArray(" padded ");
        QTest::newRow("semicolon") << u"a; b"_s << QByteArray("a; b");
    }

    void csvQuoting()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, field);
        Document document = test::syntheticDocument();
        document.actions = { Action { u"a1"_s, text, VerbKind::Note, {}, {}, {}, -1, 0, {}, {},
            { { VerbKind::Note, 0, {}, false } } } };
        const QByteArray csv = actionsToCsv(document, { 0 });
        QCOMPARE(csv.mid(csv.indexOf("\r\n") + 2),
            QByteArray("a1,note," + field + ",,,,,,,p1,note,0000/0001(INI)\r\n"));
        bool ok = false;
        const QList<QStringList> records = parseCsv(csv, &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).size(), 12);
        QCOMPARE(records.at(1).at(2), text);
    }

    void csvReadsBack()
    {
        const Document document = test::syntheticDocument();
        bool ok = false;
        const QList<QStringList> records
            = parseCsv(actionsToCsv(document, allActions(document)), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), document.actions.size() + 1);
        QCOMPARE(records.at(0).join(u','), QString::fromLatin1(ActionCsvHeader));
        for (qsizetype i = 1; i < records.size(); ++i) {
            const Action &action = document.actions.at(i - 1);
            const QStringList &fields = records.at(i);
            QCOMPARE(fields.size(), 12);
            QCOMPARE(fields.at(0), action.id);
            QCOMPARE(fields.at(1), verbKindKey(action.verb));
            QCOMPARE(fields.at(2), action.text);
            QCOMPARE(fields.at(4).split(u"; "_s, Qt::SkipEmptyParts), action.entities);
            QCOMPARE(fields.at(9), document.paragraphs.at(action.paragraph).id);
            QCOMPARE(fields.at(10).split(u"; "_s).size(), action.acts.size());
            QCOMPARE(fields.at(11), document.procedure.reference);
        }
        QCOMPARE(records.at(4).at(7), u"s1.1.1"_s);
        QCOMPARE(records.at(4).at(8), u"Deep, with a comma"_s);
        QCOMPARE(records.at(2).at(5), u"Ukraine; NATO"_s);
    }

    void unknownEntityStandsForItself()
    {
        Document document = test::syntheticDocument();
        document.actions[1].entities = { u"UKR"_s, u"XKX"_s };
        const QByteArray csv = actionsToCsv(document, { 1 });
        QVERIFY2(csv.contains(",UKR; XKX,Ukraine; XKX,"), csv.constData());
        const QJsonArray json = QJsonDocument::fromJson(actionsToJson(document, { 1 })).array();
        QCOMPARE(json.at(0)[u"entity_names"_s].toArray(), QJsonArray({ u"Ukraine"_s, u"XKX"_s }));
    }

    void jsonIsTheDocumentActionPlusTitleAndNames()
    {
        const Document document = test::syntheticDocument();
        const QByteArray bytes = actionsToJson(document, { 3, 1, 42 });
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(json.isArray());
        const QJsonArray exported = json.array();
        QCOMPARE(exported.size(), 2);

        const QJsonArray saved
            = QJsonDocument::fromJson(documentToJson(document)).object()[u"actions"_s].toArray();
        QJsonObject first = exported.at(0).toObject();
        QCOMPARE(first.take(u"section_title"_s).toString(), u"Deep, with a comma"_s);
        QCOMPARE(first.take(u"entity_names"_s).toArray(), QJsonArray());
        QCOMPARE(first.take(u"procedure"_s).toString(), u"0000/0001(INI)"_s);
        QCOMPARE(first, saved.at(3).toObject());
        QJsonObject second = exported.at(1).toObject();
        QCOMPARE(second.take(u"section_title"_s).toString(), u"Partners"_s);
        QCOMPARE(second.take(u"entity_names"_s).toArray(), QJsonArray({ u"Ukraine"_s, u"NATO"_s }));
        QCOMPARE(second.take(u"procedure"_s).toString(), u"0000/0001(INI)"_s);
        QCOMPARE(second, saved.at(1).toObject());

        // Keys keep the document format's order, the three extra ones last.
        const qsizetype id = bytes.indexOf("\"id\"");
        const qsizetype verbSpan = bytes.indexOf("\"verb_span\"");
        const qsizetype title = bytes.indexOf("\"section_title\"");
        const qsizetype names = bytes.indexOf("\"entity_names\"");
        const qsizetype procedure = bytes.indexOf("\"procedure\"");
        QVERIFY(id >= 0 && id < verbSpan && verbSpan < title && title < names && names < procedure);
        QCOMPARE(actionsToJson(document, {}), QByteArray("[]\n"));
    }

    void exportChoosesTheFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::newRow("dash") << u"-"_s << u"csv"_s;
        QTest::newRow("csv") << u"/tmp/actions.csv"_s << u"csv"_s;
        QTest::newRow("CSV") << u"ACTIONS.CSV"_s << u"csv"_s;
        QTest::newRow("json") << u"out/actions.json"_s << u"json"_s;
        QTest::newRow("Json") << u"actions.Json"_s << u"json"_s;
        QTest::newRow("txt") << u"actions.txt"_s << QString();
        QTest::newRow("no extension") << u"actions"_s << QString();
        QTest::newRow("csv in the folder only") << u"csv/actions"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void exportChoosesTheFormat()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        const Document document = test::syntheticDocument();
        const QList<int> indexes = allActions(document);
        QString error;
        const std::optional<QByteArray> bytes = actionsExport(document, indexes, path, &error);
        if (format == u"csv") {
            QVERIFY(bytes);
            QCOMPARE(*bytes, actionsToCsv(document, indexes));
        } else if (format == u"json") {
            QVERIFY(bytes);
            QCOMPARE(*bytes, actionsToJson(document, indexes));
        } else {
            QVERIFY(!bytes);
            QVERIFY(error.startsWith(u"cannot export actions"_s));
            if (!path.isEmpty()) {
                QCOMPARE(error,
                    u"cannot export actions to %1: the file name must end in .csv or "
                    ".json"_s.arg(path));
            }
        }
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestActionExport)
#include "tst_actionexport.moc"
