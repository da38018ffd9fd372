// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a corpus (--corpus): the real program on a folder of real summaries and on
// library files.
#include "common/RealSummaries.h"
#include "common/RunProgram.h"
#include "import/DocumentLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &relative)
{
    return QStringLiteral(RE_TEST_DATA "/") + relative;
}

Document load(const QString &path)
{
    QString error;
    const std::optional<Document> document = loadDocumentFile(path, &error);
    if (!document)
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return *document;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line ends).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

/// The one line a failure prints.
void verifyOneLine(const Run &r, int status, const QByteArray &mention)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.endsWith('\n'), r.err.constData());
    QVERIFY2(!r.err.chopped(1).contains('\n'), r.err.constData());
    QVERIFY2(r.err.startsWith("resolution-explorer: "), r.err.constData());
    QVERIFY2(r.err.contains(mention), r.err.constData());
}

/// The actions of a document that involve an entity.
int actionsInvolving(const Document &document, const QString &entityId)
{
    int count = 0;
    for (const Action &action : document.actions)
        count += document.involvedEntities(action).contains(entityId) ? 1 : 0;
    return count;
}

} // namespace

class TestCliCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus; ///< a folder with the bundled summary and Myanmar's
    Document m_bundled;
    Document m_myanmar;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = path(u"corpus"_s);
        QVERIFY(QDir().mkpath(m_corpus));
        QVERIFY(QFile::copy(test::bundledSummaryPath(), m_corpus + u"/2025-2119-INI-summary.md"_s));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), m_corpus + u"/myanmar.html"_s));
        m_bundled = load(test::bundledSummaryPath());
        m_myanmar = load(test::myanmarSummaryPath());
        QVERIFY(m_bundled.actions.size() > 10);
        QVERIFY(m_myanmar.actions.size() > 5);
    }

    void listsTheDocuments()
    {
        const Run r = run({ u"--corpus"_s, m_corpus, u"--list-documents"_s });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QByteArray());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList first = lines.at(0).split(u'\t');
        QCOMPARE(first.size(), 6);
        QCOMPARE(first.at(0), u"2021/2540(RSP)"_s);
        QCOMPARE(first.at(1), u"2021-02-11"_s);
        QCOMPARE(first.at(2), u"RSP"_s);
        QCOMPARE(first.at(3).toInt(), m_myanmar.actions.size());
        QCOMPARE(first.at(4), m_myanmar.procedure.title);
        QCOMPARE(QFileInfo(first.at(5)).fileName(), u"myanmar.html"_s);
        QVERIFY(lines.at(1).startsWith(m_bundled.procedure.reference + u'\t'));
    }

    void listsTheEntities()
    {
        const Run r = run({ u"--corpus"_s, m_corpus, u"--list-entities"_s });
        QCOMPARE(r.status, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QSet<QString> entities;
        for (const Entity &entity : m_myanmar.entities)
            entities.insert(entity.id);
        for (const Entity &entity : m_bundled.entities)
            entities.insert(entity.id);
        QCOMPARE(lines.size(), entities.size());
        int previous = std::numeric_limits<int>::max();
        bool myanmarSeen = false;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            QVERIFY(entities.contains(fields.at(0)));
            // Most statements first.
            QVERIFY(fields.at(4).toInt() <= previous);
            previous = fields.at(4).toInt();
            if (fields.at(0) == u"MMR") {
                myanmarSeen = true;
                QCOMPARE(fields.at(1), u"Myanmar"_s);
                QCOMPARE(fields.at(2), u"country"_s);
                QCOMPARE(fields.at(3), u"1"_s);
                QCOMPARE(fields.at(4).toInt(), actionsInvolving(m_myanmar, u"MMR"_s));
            }
        }
        QVERIFY(myanmarSeen);
    }

    void exportsTheStatementsAsCsv()
    {
        const QString csv = path(u"statements.csv"_s);
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-actions"_s, csv });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QByteArray());
        const QList<QStringList> records = parseCsv(contents(csv));
        QCOMPARE(records.size(), 1 + m_myanmar.actions.size() + m_bundled.actions.size());
        QCOMPARE(records.first(),
            QStringList({ u"reference"_s, u"title"_s, u"date"_s, u"id"_s, u"verb"_s,
                u"section_title"_s, u"text"_s }));
        // Myanmar (2021) first, in reading order, then the bundled resolution (2026).
        for (qsizetype i = 0; i < m_myanmar.actions.size(); ++i) {
            const QStringList &row = records.at(1 + i);
            const Action &action = m_myanmar.actions.at(i);
            QCOMPARE(row.size(), 7);
            QCOMPARE(row.at(0), u"2021/2540(RSP)"_s);
            QCOMPARE(row.at(1), m_myanmar.procedure.title);
            QCOMPARE(row.at(2), u"2021-02-11"_s);
            QCOMPARE(row.at(3), action.id);
            QCOMPARE(row.at(4), verbKindKey(action.verb));
            QCOMPARE(row.at(6), action.text);
        }
        const QStringList &last = records.last();
        const Action &lastAction = m_bundled.actions.last();
        QCOMPARE(last.at(0), m_bundled.procedure.reference);
        QCOMPARE(last.at(2), m_bundled.procedure.date.toString(Qt::ISODate));
        QCOMPARE(last.at(3), lastAction.id);
        QCOMPARE(last.at(5), m_bundled.sections.at(lastAction.section).title);
        QCOMPARE(last.at(6), lastAction.text);
    }

    void exportsTheStatementsAsJson()
    {
        const QString json = path(u"statements.json"_s);
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-actions"_s, json });
        QCOMPARE(r.status, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(contents(json), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), m_myanmar.actions.size() + m_bundled.actions.size());
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.keys().size(), 7);
        QCOMPARE(first.value(u"reference"_s).toString(), u"2021/2540(RSP)"_s);
        QCOMPARE(first.value(u"date"_s).toString(), u"2021-02-11"_s);
        QCOMPARE(first.value(u"id"_s).toString(), m_myanmar.actions.first().id);
        QCOMPARE(first.value(u"text"_s).toString(), m_myanmar.actions.first().text);
        const QJsonObject last = array.last().toObject();
        QCOMPARE(last.value(u"reference"_s).toString(), m_bundled.procedure.reference);
        QCOMPARE(last.value(u"verb"_s).toString(), verbKindKey(m_bundled.actions.last().verb));
    }

    void selectsAndFilters()
    {
        // --entity: the statements involving Myanmar, all in its resolution.
        Run r = run({ u"--corpus"_s, m_corpus, u"--export-actions"_s, u"-"_s, u"--entity"_s,
            u"myanmar"_s });
        QCOMPARE(r.status, 0);
        QList<QStringList> records = parseCsv(r.out);
        const int involving = actionsInvolving(m_myanmar, u"MMR"_s);
        QVERIFY(involving > 0);
        QCOMPARE(records.size(), 1 + involving + actionsInvolving(m_bundled, u"MMR"_s));
        // --years and --procedure-type choose the resolutions.
        r = run(
            { u"--corpus"_s, m_corpus, u"--export-actions"_s, u"-"_s, u"--years"_s, u"2022-"_s });
        QCOMPARE(r.status, 0);
        records = parseCsv(r.out);
        QCOMPARE(records.size(), 1 + m_bundled.actions.size());
        QCOMPARE(records.at(1).at(0), m_bundled.procedure.reference);
        r = run({ u"--corpus"_s, m_corpus, u"--list-documents"_s, u"--procedure-type"_s,
            u"rsp,cod"_s });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith("2021/2540(RSP)\t"));
        QCOMPARE(r.out.count('\n'), 1);
        // --search: the statements holding the words, and only their resolutions.
        r = run({ u"--corpus"_s, m_corpus, u"--list-documents"_s, u"--search"_s, u"Tatmadaw"_s });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.startsWith("2021/2540(RSP)\t"));
        // A selection of nothing still writes the header, with a note.
        r = run(
            { u"--corpus"_s, m_corpus, u"--export-actions"_s, u"-"_s, u"--years"_s, u"1999"_s });
        QCOMPARE(r.status, 0);
        QCOMPARE(parseCsv(r.out).size(), 1);
        QVERIFY2(r.err.contains("no resolution matches"), r.err.constData());
    }

    void exportsTheMatrix()
    {
        const QString csv = path(u"matrix.csv"_s);
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-matrix"_s, csv });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QByteArray());
        const QList<QStringList> records = parseCsv(contents(csv));
        QCOMPARE(records.first(),
            QStringList({ u"entity"_s, u"name"_s, u"kind"_s, u"resolutions"_s, u"statements"_s,
                u"role_changes"_s, u"2021/2540(RSP)"_s, m_bundled.procedure.reference }));
        QHash<QString, QStringList> rows;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), 8);
            rows.insert(records.at(i).at(0), records.at(i));
        }
        // Every entity of either document has a row.
        QSet<QString> entities;
        for (const Entity &entity : m_myanmar.entities)
            entities.insert(entity.id);
        for (const Entity &entity : m_bundled.entities)
            entities.insert(entity.id);
        QCOMPARE(rows.size(), entities.size());

        const QStringList myanmar = rows.value(u"MMR"_s);
        QCOMPARE(myanmar.at(1), u"Myanmar"_s);
        QCOMPARE(myanmar.at(2), u"country"_s);
        QCOMPARE(myanmar.at(3), u"1"_s);
        const Entity &mmr = m_myanmar.entities.at(m_myanmar.entityIndex(u"MMR"_s));
        QCOMPARE(myanmar.at(6),
            u"%1:%2"_s.arg(entityRoleKey(mmr.role)).arg(actionsInvolving(m_myanmar, u"MMR"_s)));
        QCOMPARE(myanmar.at(7), QString());
        const QStringList russia = rows.value(u"RUS"_s);
        QCOMPARE(russia.at(6), QString());
        QCOMPARE(russia.at(7), u"threat:%1"_s.arg(actionsInvolving(m_bundled, u"RUS"_s)));
        // Named by both: a cell in each column.
        const QStringList eu = rows.value(u"EU"_s);
        QCOMPARE(eu.at(3), u"2"_s);
        QVERIFY(!eu.at(6).isEmpty() && !eu.at(7).isEmpty());
        QCOMPARE(eu.at(4).toInt(),
            actionsInvolving(m_myanmar, u"EU"_s) + actionsInvolving(m_bundled, u"EU"_s));
    }

    void matrixOrders()
    {
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-matrix"_s, u"-"_s,
            u"--matrix-order"_s, u"count"_s });
        QCOMPARE(r.status, 0);
        const QList<QStringList> records = parseCsv(r.out);
        QVERIFY(records.size() > 5);
        for (qsizetype i = 2; i < records.size(); ++i)
            QVERIFY(records.at(i - 1).at(4).toInt() >= records.at(i).at(4).toInt());
        const Run first = run({ u"--corpus"_s, m_corpus, u"--export-matrix"_s, u"-"_s });
        QCOMPARE(first.status, 0);
        // First appearance: Myanmar's resolution (2021) comes first, so its entities lead.
        const QList<QStringList> firstRecords = parseCsv(first.out);
        QVERIFY(!firstRecords.at(1).at(6).isEmpty());
        QVERIFY(firstRecords.last().at(6).isEmpty());
        const Run bad = run({ u"--corpus"_s, m_corpus, u"--export-matrix"_s, u"-"_s,
            u"--matrix-order"_s, u"size"_s });
        QCOMPARE(bad.status, 1);
        QVERIFY2(bad.err.contains("--matrix-order"), bad.err.constData());
    }

    void exportsImages()
    {
        const QString matrix = path(u"matrix.png"_s);
        const QString timeline = path(u"timeline.svg"_s);
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-matrix"_s, matrix,
            u"--export-timeline"_s, timeline });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QByteArray());
        const QImage image(matrix);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        const QByteArray svg = contents(timeline);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("2021/2540(RSP)"));
    }

    void opensALibraryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = dir.filePath(u"library.sqlite"_s);
        QVERIFY(QFile::copy(data(u"library/synthetic-schema-1.sqlite"_s), library));
        QVERIFY(QFile::setPermissions(library, QFile::ReadOwner | QFile::WriteOwner));
        const Run r = run({ u"--corpus"_s, library, u"--list-documents"_s });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out.count('\n'), 3);
        QVERIFY(r.out.startsWith("2021/2540(RSP)\t"));
    }

    void badFolders_data()
    {
        QTest::addColumn<QString>("content"); // a file to put in the folder, or none
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("empty folder") << QString() << QByteArray("no summary");
        QTest::newRow("only a picture") << u"picture.png"_s << QByteArray("no summary");
        QTest::newRow("only garbage")
            << data(u"reliability/synthetic-garbage.md"_s) << QByteArray("could be read");
    }

    void badFolders()
    {
        QFETCH(QString, content);
        QFETCH(QByteArray, sentence);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folder));
        if (content == u"picture.png") {
            QFile picture(folder + u"/picture.png"_s);
            QVERIFY(picture.open(QIODevice::WriteOnly));
            picture.write("\x89PNG\r\n");
        } else if (!content.isEmpty()) {
            QVERIFY(QFile::copy(content, folder + u"/notes.md"_s));
        }
        const QString out = dir.filePath(u"out.csv"_s);
        const Run r = run({ u"--corpus"_s, folder, u"--export-actions"_s, out });
        verifyOneLine(r, 2, folder.toUtf8() + ": ");
        QVERIFY2(r.err.contains(sentence), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void badLibraries_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QByteArray>("sentence");
        QTest::newRow("newer") << u"newer"_s << QByteArray("newer format");
        QTest::newRow("damaged") << u"damaged"_s << QByteArray("damaged");
        QTest::newRow("empty file") << u"empty"_s << QByteArray("empty");
        QTest::newRow("missing") << u"missing"_s << QByteArray("no such");
    }

    void badLibraries()
    {
        QFETCH(QString, damage);
        QFETCH(QByteArray, sentence);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString library = dir.filePath(u"library.sqlite"_s);
        QByteArray bytes = contents(data(u"library/synthetic-schema-1.sqlite"_s));
        QVERIFY(bytes.size() > 8 * 4096);
        if (damage == u"newer") {
            // PRAGMA user_version: the big-endian integer at offset 60 of the header.
            bytes[60] = 0;
            bytes[61] = 0;
            bytes[62] = 0;
            bytes[63] = 9;
        } else if (damage == u"damaged") {
            for (qsizetype i = 2 * 4096; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) & 0xff);
        } else if (damage == u"empty") {
            bytes.clear();
        }
        if (damage != u"missing") {
            QFile file(library);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const QString out = dir.filePath(u"out.csv"_s);
        const Run r = run({ u"--corpus"_s, library, u"--export-actions"_s, out });
        verifyOneLine(r, 2, library.toUtf8() + ": ");
        QVERIFY2(r.err.contains(sentence), r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
        if (damage != u"missing")
            QCOMPARE(contents(library), bytes);
        else
            QVERIFY(!QFileInfo::exists(library));
    }

    void allOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString actions = dir.filePath(u"actions.csv"_s);
        const QString matrix = dir.filePath(u"missing/matrix.csv"_s);
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-actions"_s, actions,
            u"--export-matrix"_s, matrix });
        verifyOneLine(r, 2, "matrix.csv");
        QVERIFY(!QFileInfo::exists(actions));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mention");
        QTest::newRow("no job") << QStringList { u"--corpus"_s, u"x"_s } << QByteArray("a job");
        QTest::newRow("with FILE") << QStringList { u"--corpus"_s, u"x"_s, u"--list-documents"_s,
            u"file.md"_s } << QByteArray("only one");
        QTest::newRow("one-document job") << QStringList { u"--corpus"_s, u"x"_s, u"--export-map"_s,
            u"m.png"_s } << QByteArray("--export-map");
        QTest::newRow("years without corpus")
            << QStringList { u"--years"_s, u"2020"_s, u"--dump-model"_s } << QByteArray("--years");
        QTest::newRow("bad years") << QStringList { u"--corpus"_s, u"x"_s, u"--list-documents"_s,
            u"--years"_s, u"2024-2020"_s }
                                   << QByteArray("--years");
        QTest::newRow("bad type") << QStringList { u"--corpus"_s, u"x"_s, u"--list-documents"_s,
            u"--procedure-type"_s, u"IN I"_s }
                                  << QByteArray("--procedure-type");
        QTest::newRow("two on stdout") << QStringList { u"--corpus"_s, u"x"_s,
            u"--list-documents"_s, u"--export-matrix"_s, u"-"_s }
                                       << QByteArray("stdout");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mention);
        const Run r = run(arguments);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(mention), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }

    void unknownEntityIsAUsageError()
    {
        const Run r = run({ u"--corpus"_s, m_corpus, u"--export-actions"_s, u"-"_s, u"--entity"_s,
            u"Atlantis"_s });
        verifyOneLine(r, 1, "--entity Atlantis");
        QCOMPARE(r.out, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestCliCorpus)
#include "tst_cli_corpus.moc"
