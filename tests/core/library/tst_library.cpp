// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RealSummaries.h"
#include "import/DocumentLoader.h"
#include "library/IntegrityStamp.h"
#include "library/Library.h"
#include "library/LibrarySchema.h"
#include "model/ActionFilter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <filesystem>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(re::CorpusQuery)
Q_DECLARE_METATYPE(re::ActionFilter)

namespace re {

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    static QString garbagePath()
    {
        return QStringLiteral(RE_TEST_DATA) + u"/reliability/synthetic-garbage.md"_s;
    }
    static Document myanmar()
    {
        QString error;
        const std::optional<Document> document
            = loadDocumentFile(test::myanmarSummaryPath(), &error);
        if (!document)
            qFatal("Myanmar summary: %s", qPrintable(error));
        return *document;
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    /// A raw connection to a library file, for what the Library does not show.
    struct RawDatabase
    {
        explicit RawDatabase(const QString &path)
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.open();
        }
        ~RawDatabase()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        QVariant value(const QString &sql) const
        {
            QSqlQuery query(QSqlDatabase::database(name, false));
            return query.exec(sql) && query.next() ? query.value(0) : QVariant();
        }
        bool exec(const QString &sql) const
        {
            return QSqlQuery(QSqlDatabase::database(name, false)).exec(sql);
        }
        const QString name = u"test-raw"_s;
    };
    static std::unique_ptr<Library> openBoth(const QString &path)
    {
        QString error;
        std::unique_ptr<Library> library = Library::open(path, &error);
        if (!library) {
            qWarning("open: %s", qPrintable(error));
            return nullptr;
        }
        const Document bundled = bundledDocument();
        if (!library->addDocument(bundled, bundled.sourceName, &error)
            || !library->addDocument(myanmar(), test::myanmarSummaryPath(), &error)) {
            qWarning("add: %s", qPrintable(error));
            return nullptr;
        }
        return library;
    }
    static qint64 idOf(const Library &library, const QString &reference)
    {
        const QList<LibraryEntry> entries = library.documents();
        for (const LibraryEntry &entry : entries) {
            if (entry.reference == reference)
                return entry.id;
        }
        return -1;
    }
    static QStringList actionIds(const QList<CorpusStatement> &statements, qint64 documentId)
    {
        QStringList ids;
        for (const CorpusStatement &statement : statements) {
            if (statement.documentId == documentId)
                ids.append(statement.actionId);
        }
        return ids;
    }
    static QStringList actionIds(const Document &document, const ActionFilter &filter)
    {
        QStringList ids;
        const QList<int> accepted = filter.acceptedActions(document);
        for (int index : accepted)
            ids.append(document.actions.at(index).id);
        return ids;
    }

    static CorpusQuery corpus(
        const QStringList &entities, const QString &theme, const QString &kind)
    {
        CorpusQuery query;
        query.entities = entities;
        query.theme = theme;
        query.kind = kind;
        return query;
    }
    static ActionFilter filter(
        const QStringList &entities, const QString &theme, const QString &verb)
    {
        ActionFilter filter;
        filter.entities = entities;
        filter.theme = theme;
        filter.verb = verb;
        return filter;
    }
    static CorpusQuery words(const QString &text)
    {
        CorpusQuery query;
        query.text = text;
        return query;
    }
    static CorpusQuery years(int from, int to)
    {
        CorpusQuery query;
        query.yearFrom = from;
        query.yearTo = to;
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The files known whole are remembered in QSettings: the test's own, not the user's.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // A query the driver refuses is reported by a warning and an empty result: fail on it.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void documentsInDateOrder()
    {
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        const QList<LibraryEntry> entries = library->documents();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).reference, u"2021/2540(RSP)"_s);
        QCOMPARE(entries.at(0).date, QDate(2021, 2, 11));
        QCOMPARE(entries.at(1).reference, bundledDocument().procedure.reference);
        QCOMPARE(entries.at(1).date, bundledDocument().procedure.date);
        const Document bundled = bundledDocument();
        QCOMPARE(entries.at(1).title, bundled.procedure.title);
        QCOMPARE(entries.at(1).statements, bundled.actions.size());
        QVERIFY(entries.at(1).hasVote);
        QCOMPARE(entries.at(1).votesFor, bundled.vote->votesFor);
        QCOMPARE(entries.at(1).against, bundled.vote->against);
        QCOMPARE(entries.at(1).abstentions, bundled.vote->abstentions);
        QCOMPARE(entries.at(0).votesFor, 667);
        QCOMPARE(entries.at(0).against, 1);
        QCOMPARE(entries.at(0).abstentions, 27);
    }

    void statementsMatchTheDocumentsFilter_data()
    {
        QTest::addColumn<CorpusQuery>("query");
        QTest::addColumn<ActionFilter>("filter");
        QTest::addColumn<bool>("bundledHasSome");
        QTest::newRow("entity NOR")
            << corpus({ u"NOR"_s }, {}, {}) << filter({ u"NOR"_s }, {}, {}) << true;
        QTest::newRow("entity MMR or CHN") << corpus({ u"MMR"_s, u"CHN"_s }, {}, {})
                                           << filter({ u"MMR"_s, u"CHN"_s }, {}, {}) << true;
        QTest::newRow("kind call")
            << corpus({}, {}, u"call"_s) << filter({}, {}, u"call"_s) << true;
        QTest::newRow("kind condemn")
            << corpus({}, {}, u"condemn"_s) << filter({}, {}, u"condemn"_s) << false;
        QTest::newRow("theme, other case")
            << corpus({}, u"space"_s, {}) << filter({}, u"space"_s, {}) << true;
        QTest::newRow("entity and kind")
            << corpus({ u"RUS"_s }, {}, u"call"_s) << filter({ u"RUS"_s }, {}, u"call"_s) << true;
    }

    void statementsMatchTheDocumentsFilter()
    {
        QFETCH(CorpusQuery, query);
        QFETCH(ActionFilter, filter);
        QFETCH(bool, bundledHasSome);
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        const QList<CorpusStatement> statements = library->statements(query);
        QCOMPARE(library->statementCount(query), statements.size());
        const Document bundled = bundledDocument();
        const QStringList bundledIds = actionIds(bundled, filter);
        QCOMPARE(!bundledIds.isEmpty(), bundledHasSome);
        QCOMPARE(actionIds(statements, idOf(*library, bundled.procedure.reference)), bundledIds);
        QCOMPARE(actionIds(statements, idOf(*library, u"2021/2540(RSP)"_s)),
            actionIds(myanmar(), filter));
    }

    void statementRowsCarryTheirDocument()
    {
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        const QList<CorpusStatement> all = library->statements({});
        const Document bundled = bundledDocument();
        const Document burma = myanmar();
        QCOMPARE(all.size(), bundled.actions.size() + burma.actions.size());
        // Myanmar (2021) first, in reading order, then the bundled resolution (2026).
        const CorpusStatement &first = all.first();
        QCOMPARE(first.reference, u"2021/2540(RSP)"_s);
        QCOMPARE(first.title, burma.procedure.title);
        QCOMPARE(first.date, QDate(2021, 2, 11));
        QCOMPARE(first.actionId, burma.actions.first().id);
        QCOMPARE(first.text, burma.actions.first().text);
        QCOMPARE(first.kind, verbKindKey(burma.actions.first().verb));
        const Action &last = bundled.actions.last();
        QCOMPARE(all.last().actionId, last.id);
        QCOMPARE(all.last().sectionTitle, bundled.sections.at(last.section).title);
    }

    void textSearch()
    {
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        const qint64 myanmarId = idOf(*library, u"2021/2540(RSP)"_s);
        const QList<CorpusStatement> found = library->statements(words(u"Tatmadaw"_s));
        QVERIFY(!found.isEmpty());
        for (const CorpusStatement &statement : found) {
            QCOMPARE(statement.documentId, myanmarId);
            QVERIFY(statement.text.contains(u"Tatmadaw"_s, Qt::CaseInsensitive));
        }
        // Every statement of Myanmar's holding the word is found.
        const Document burma = myanmar();
        const auto holding = std::count_if(burma.actions.cbegin(), burma.actions.cend(),
            [](const Action &a) { return a.text.contains(u"Tatmadaw"_s, Qt::CaseInsensitive); });
        QCOMPARE(found.size(), holding);
        // Any case; several words are all required.
        QCOMPARE(library->statementCount(words(u"TATMADAW"_s)), found.size());
        QVERIFY(library->statementCount(words(u"Tatmadaw Norway"_s)) == 0);
    }

    void textSearchTakesSyntaxAsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sameAsTatmadaw");
        QTest::newRow("quoted") << u"\"Tatmadaw\""_s << true;
        QTest::newRow("unbalanced quote") << u"\"Tatmadaw"_s << true;
        QTest::newRow("asterisk") << u"Tatmadaw*"_s << true;
        QTest::newRow("lone asterisk") << u"* Tatmadaw"_s << true;
        QTest::newRow("parentheses") << u"(Tatmadaw))"_s << true;
        QTest::newRow("column filter") << u"text:Tatmadaw"_s << false;
        QTest::newRow("AND") << u"Tatmadaw AND"_s << false;
        QTest::newRow("NEAR") << u"NEAR(Tatmadaw coup, 5)"_s << false;
        QTest::newRow("OR NOT") << u"OR NOT Tatmadaw -"_s << false;
        QTest::newRow("only syntax") << u"\" * ( ) ^ -"_s << false;
    }

    void textSearchTakesSyntaxAsWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, sameAsTatmadaw);
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        // A syntax error would be a warning (failOnWarning) and an empty result.
        const qint64 count = library->statementCount(words(text));
        QCOMPARE(library->statements(words(text)).size(), count);
        if (sameAsTatmadaw)
            QCOMPARE(count, library->statementCount(words(u"Tatmadaw"_s)));
    }

    void ftsQueryQuotesEveryWord()
    {
        // In a filter on the text column: the index's other column holds the tags.
        QCOMPARE(Library::ftsQuery(u"  drones  AND \"space\" "_s),
            u"text : (\"drones\" \"AND\" \"\"\"space\"\"\")"_s);
        QCOMPARE(Library::ftsQuery(u"NEAR(a*"_s), u"text : (\"NEAR(a*\")"_s);
        QCOMPARE(Library::ftsQuery(u"* ( -"_s), QString());
    }

    void yearRange_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("myanmar");
        QTest::addColumn<bool>("bundled");
        QTest::newRow("2021") << 2021 << 2021 << true << false;
        QTest::newRow("from 2022") << 2022 << 0 << false << true;
        QTest::newRow("up to 2026") << 0 << 2026 << true << true;
        QTest::newRow("up to 2020") << 0 << 2020 << false << false;
        QTest::newRow("2026") << 2026 << 2026 << false << true;
    }

    void yearRange()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, myanmar);
        QFETCH(bool, bundled);
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        const qint64 expected = (myanmar ? TestLibrary::myanmar().actions.size() : 0)
            + (bundled ? bundledDocument().actions.size() : 0);
        QCOMPARE(library->statementCount(years(from, to)), expected);
    }

    void addingTwiceKeepsOne()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        {
            const std::unique_ptr<Library> library = openBoth(path);
            QVERIFY(library);
            const Document bundled = bundledDocument();
            QVERIFY2(library->addDocument(bundled, u"elsewhere.md"_s, &error), qPrintable(error));
            QCOMPARE(library->documents().size(), 2);
            QCOMPARE(
                library->statementCount({}), bundled.actions.size() + myanmar().actions.size());
            QCOMPARE(library->documents().at(1).sourcePath, u"elsewhere.md"_s);

            // Without a reference a document is keyed by its file.
            Document anonymous = bundled;
            anonymous.procedure.reference.clear();
            QVERIFY(library->addDocument(anonymous, u"a.md"_s, &error));
            QVERIFY(library->addDocument(anonymous, u"a.md"_s, &error));
            QCOMPARE(library->documents().size(), 3);
            QVERIFY(library->addDocument(anonymous, u"b.md"_s, &error));
            QCOMPARE(library->documents().size(), 4);
            QCOMPARE(
                library->statementCount({}), 3 * bundled.actions.size() + myanmar().actions.size());
        }
        // The replaced documents left nothing behind, in the tables or the text index.
        RawDatabase raw(path);
        QCOMPARE(raw.value(u"SELECT count(*) FROM statements"_s).toInt(),
            3 * bundledDocument().actions.size() + myanmar().actions.size());
        QCOMPARE(raw.value(u"SELECT count(*) FROM entities WHERE document_id NOT IN "
                           "(SELECT id FROM documents)"_s)
                     .toInt(),
            0);
        QCOMPARE(raw.value(u"SELECT count(*) FROM document_addressees WHERE document_id NOT IN "
                           "(SELECT id FROM documents)"_s)
                     .toInt(),
            0);
        // The text index holds one row per statement (its docsize table: one row per row indexed).
        QCOMPARE(raw.value(u"SELECT count(*) FROM statements_fts_docsize"_s).toInt(),
            raw.value(u"SELECT count(*) FROM statements"_s).toInt());
        QVERIFY(
            raw.exec(u"INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')"_s));
    }

    void documentRoundTrips()
    {
        const std::unique_ptr<Library> library = openBoth(u":memory:"_s);
        QVERIFY(library);
        QString error;
        const Document bundled = bundledDocument();
        std::optional<Document> read
            = library->document(idOf(*library, bundled.procedure.reference), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, bundled);
        read = library->document(idOf(*library, u"2021/2540(RSP)"_s), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, myanmar());
        QVERIFY(!library->document(12345, &error));
        QVERIFY(error.contains(u"12345"_s));
    }

    void addFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(test::bundledSummaryPath(), dir.filePath(u"bundled.md"_s)));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), dir.filePath(u"myanmar.HTML"_s)));
        QVERIFY(QFile::copy(garbagePath(), dir.filePath(u"garbage.md"_s)));
        QVERIFY(writeFile(dir.filePath(u"notes.csv"_s), "a,b\n"));
        const std::unique_ptr<Library> library = Library::open(u":memory:"_s, nullptr);
        QVERIFY(library);
        QStringList problems;
        QCOMPARE(library->addFolder(dir.path(), &problems), 2);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"garbage.md: "_s), qPrintable(problems.first()));
        const QList<LibraryEntry> entries = library->documents();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).sourcePath, dir.filePath(u"myanmar.HTML"_s));
        QCOMPARE(entries.at(1).reference, bundledDocument().procedure.reference);
        QCOMPARE(library->statementCount({}),
            bundledDocument().actions.size() + myanmar().actions.size());

        // Again: the same two documents, replaced.
        problems.clear();
        QCOMPARE(library->addFolder(dir.path(), &problems), 2);
        QCOMPARE(library->documents().size(), 2);
    }

    void addFolderReportsProgressAndStops()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(test::bundledSummaryPath(), dir.filePath(u"a-bundled.md"_s)));
        QVERIFY(QFile::copy(garbagePath(), dir.filePath(u"b-garbage.md"_s)));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), dir.filePath(u"c-myanmar.html"_s)));
        QVERIFY(QFile::copy(test::befitSummaryPath(), dir.filePath(u"d-befit.html"_s)));

        // Every file is announced in order, then the end.
        const std::unique_ptr<Library> whole = Library::open(u":memory:"_s, nullptr);
        QVERIFY(whole);
        QList<std::pair<int, int>> calls;
        QStringList problems;
        QCOMPARE(whole->addFolder(dir.path(), &problems,
                     [&calls](int done, int total) {
                         calls.append({ done, total });
                         return true;
                     }),
            3);
        const QList<std::pair<int, int>> expected { { 0, 4 }, { 1, 4 }, { 2, 4 }, { 3, 4 },
            { 4, 4 } };
        QCOMPARE(calls, expected);

        // Stopped before the third file: the two before it are handled, nothing after.
        const std::unique_ptr<Library> stopped = Library::open(u":memory:"_s, nullptr);
        QVERIFY(stopped);
        problems.clear();
        QCOMPARE(
            stopped->addFolder(dir.path(), &problems, [](int done, int) { return done < 2; }), 1);
        QCOMPARE(problems.size(), 1); // the garbage file, the second
        QVERIFY2(problems.first().startsWith(u"b-garbage.md: "_s), qPrintable(problems.first()));
        QCOMPARE(stopped->documents().size(), 1);
        QCOMPARE(stopped->documents().first().reference, bundledDocument().procedure.reference);
    }

    void emptyFileIsCreated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"empty.sqlite"_s);
        QVERIFY(writeFile(path, {}));
        {
            QString error;
            const std::unique_ptr<Library> library = Library::open(path, &error);
            QVERIFY2(library, qPrintable(error));
            QVERIFY(library->addDocument(bundledDocument(), {}, &error));
        }
        RawDatabase raw(path);
        QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), Library::SchemaVersion);
        QCOMPARE(raw.value(u"PRAGMA application_id"_s).toInt(), LibraryApplicationId);
        QCOMPARE(raw.value(u"SELECT count(*) FROM documents"_s).toInt(), 1);
    }

    void migrationStepsRunInOrder()
    {
        RawDatabase raw(u":memory:"_s);
        const QSqlDatabase db = QSqlDatabase::database(raw.name, false);
        QString error;
        const QList<QStringList> two { { u"CREATE TABLE a (x)"_s },
            { u"CREATE TABLE b (y)"_s, u"INSERT INTO b SELECT x FROM a"_s } };
        QVERIFY2(migrateLibrary(db, two.mid(0, 1), &error), qPrintable(error));
        QCOMPARE(libraryVersion(db, nullptr), 1);
        QVERIFY(raw.exec(u"INSERT INTO a VALUES (7)"_s));
        // Version 1 takes only the second step.
        QVERIFY2(migrateLibrary(db, two, &error), qPrintable(error));
        QCOMPARE(libraryVersion(db, nullptr), 2);
        QCOMPARE(raw.value(u"SELECT y FROM b"_s).toInt(), 7);
        // A failing step is rolled back whole and the version stays.
        QList<QStringList> three = two;
        three.append({ u"CREATE TABLE c (z)"_s, u"CREATE TABLE a (x)"_s });
        QVERIFY(!migrateLibrary(db, three, &error));
        QVERIFY2(error.contains(u"from version 2 to 3"_s), qPrintable(error));
        QCOMPARE(libraryVersion(db, nullptr), 2);
        QVERIFY(!raw.value(u"SELECT count(*) FROM sqlite_master WHERE name = 'c'"_s).toBool());
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"newer.sqlite"_s);
        QVERIFY(openBoth(path));
        {
            RawDatabase raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(Library::SchemaVersion + 1)));
        }
        const QByteArray before = contents(path);
        QString error;
        QVERIFY(!Library::open(path, &error));
        QCOMPARE(error,
            u"the library is in a newer format (version %1) than this program reads (version %2)"_s
                .arg(Library::SchemaVersion + 1)
                .arg(Library::SchemaVersion));
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"newer.sqlite"_s });
    }

    void badFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("garbage bytes") << u"garbage"_s << u"not a SQLite database"_s;
        QTest::newRow("text file") << u"text"_s << u"not a SQLite database"_s;
        QTest::newRow("pages overwritten") << u"overwrite"_s << u"damaged"_s;
        QTest::newRow("truncated") << u"truncate"_s << u"damaged"_s;
        QTest::newRow("another program's database") << u"foreign"_s << u"another program"_s;
    }

    void badFileIsRefusedUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        if (damage == u"garbage") {
            QVERIFY(QFile::copy(garbagePath(), path));
        } else if (damage == u"text") {
            QVERIFY(writeFile(path, "These are my notes, not a library.\n"));
        } else if (damage == u"foreign") {
            RawDatabase raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE contacts (name TEXT)"_s));
        } else {
            QVERIFY(openBoth(path));
            QByteArray bytes = contents(path);
            QVERIFY(bytes.size() > 16 * 4096);
            if (damage == u"overwrite") {
                // Every page but the first (the header and schema) becomes noise.
                for (qsizetype i = 4096; i < bytes.size(); ++i)
                    bytes[i] = char((i * 7919) & 0xff);
            } else {
                bytes.truncate(bytes.size() / 2);
            }
            QVERIFY(writeFile(path, bytes));
        }
        const QByteArray before = contents(path);
        QString error;
        QVERIFY(!Library::open(path, &error));
        QVERIFY2(error.contains(sentence), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QCOMPARE(contents(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"library.sqlite"_s });
    }

    void anUnchangedFileIsNotCheckedAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(openBoth(path));
        QByteArray bytes = contents(path);
        QVERIFY(bytes.size() > 16 * 4096);
        // Damage that only the whole-file check finds (pages no query below reads), with the
        // file's size and modification time kept as this program left them.
        const std::filesystem::path file(path.toStdU16String());
        const auto modified = std::filesystem::last_write_time(file);
        for (qsizetype i = bytes.size() - 8 * 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        QVERIFY(writeFile(path, bytes));
        std::filesystem::last_write_time(file, modified);
        QString error;
        QVERIFY2(Library::open(path, &error), qPrintable(error));

        // Any change of its time makes the next open check the whole file again.
        std::filesystem::last_write_time(file, modified + std::chrono::nanoseconds(1));
        QVERIFY(!Library::open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
    }

    void stampsOfRemovedFilesAreForgotten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString kept = dir.filePath(u"kept.sqlite"_s);
        const QString removed = dir.filePath(u"removed.sqlite"_s);
        const auto stampedPaths = [] {
            QSettings settings;
            settings.beginGroup(integrity::SettingsGroup);
            QStringList paths;
            for (const QString &key : settings.childKeys())
                paths.append(settings.value(key).toString().section(u'|', 1));
            return paths;
        };
        QString error;
        QVERIFY2(Library::open(kept, &error), qPrintable(error));
        QVERIFY2(Library::open(removed, &error), qPrintable(error));
        const QString keptPath = QFileInfo(kept).canonicalFilePath();
        const QString removedPath = QFileInfo(removed).canonicalFilePath();
        QVERIFY(stampedPaths().contains(keptPath));
        QVERIFY(stampedPaths().contains(removedPath));
        QVERIFY(QFile::remove(removed));

        // The next stamp written drops the key of the file that is gone, and no other.
        {
            const std::unique_ptr<Library> library = Library::open(kept, &error);
            QVERIFY2(library, qPrintable(error));
            QVERIFY2(library->addDocument(bundledDocument(), {}, &error), qPrintable(error));
        }
        QVERIFY(stampedPaths().contains(keptPath));
        QVERIFY(!stampedPaths().contains(removedPath));
        QVERIFY2(integrity::isKnownWhole(kept), qPrintable(stampedPaths().join(u", "_s)));
    }

    void twoLibrariesShareAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"shared.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> first = Library::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        const std::unique_ptr<Library> second = Library::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(first->addDocument(bundledDocument(), {}, &error));
        QCOMPARE(second->documents().size(), 1);
        QVERIFY(second->addDocument(myanmar(), test::myanmarSummaryPath(), &error));
        QCOMPARE(first->documents().size(), 2);
        QCOMPARE(first->statementCount(words(u"Tatmadaw"_s)),
            second->statementCount(words(u"Tatmadaw"_s)));
        QVERIFY(first->statementCount(words(u"Tatmadaw"_s)) > 0);
    }

    void rebuildReadsTheSourcesAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString summary = dir.filePath(u"summary.md"_s);
        const QString burma = dir.filePath(u"myanmar.html"_s);
        QVERIFY(QFile::copy(test::bundledSummaryPath(), summary));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), burma));
        QVERIFY(QFile::setPermissions(summary, QFile::ReadOwner | QFile::WriteOwner));
        const std::unique_ptr<Library> library = Library::open(u":memory:"_s, nullptr);
        QVERIFY(library);
        QCOMPARE(library->addFolder(dir.path(), nullptr), 2);
        const QList<LibraryEntry> before = library->documents();
        const CorpusQuery changed = words(u"zyzzyva"_s);
        QCOMPARE(library->statementCount(changed), 0);
        CorpusQuery toTheCommission;
        toTheCommission.addressee = u"Commission"_s;
        const qint64 commissionBefore = library->statementCount(toTheCommission);
        QVERIFY(commissionBefore > 0);
        const QStringList addresseesBefore = library->addressees({});

        // The summary changes on disk and Myanmar's file goes away.
        QByteArray text = contents(summary);
        QVERIFY(text.contains("military"));
        text.replace("military", "zyzzyva");
        QVERIFY(writeFile(summary, text));
        QVERIFY(QFile::remove(burma));

        QString error;
        QStringList problems;
        QVERIFY2(library->rebuild(&error, &problems), qPrintable(error));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"myanmar.html: "_s), qPrintable(problems.first()));
        QVERIFY(library->statementCount(changed) > 0);
        QCOMPARE(library->documents(), before);
        // The rebuilt document's tags and addressees replace its old ones, once.
        QCOMPARE(library->statementCount(toTheCommission), commissionBefore);
        QCOMPARE(library->addressees({}), addresseesBefore);
        const std::optional<Document> rebuilt = library->document(before.at(1).id, &error);
        QVERIFY(rebuilt);
        QVERIFY(rebuilt->actions.size() > 0);
        QVERIFY(std::any_of(rebuilt->actions.cbegin(), rebuilt->actions.cend(),
            [](const Action &a) { return a.text.contains(u"zyzzyva"_s); }));
        // Myanmar is kept as it was.
        const std::optional<Document> kept = library->document(before.at(0).id, &error);
        QVERIFY(kept);
        Document expected = myanmar();
        expected.sourceName = burma;
        QCOMPARE(*kept, expected);
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestLibrary)
#include "tst_library.moc"
