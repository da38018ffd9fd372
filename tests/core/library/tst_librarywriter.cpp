// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library's write path (LibraryWriter): a folder read in several batches while the one
// before is written, statements inserted many rows at a time with their ids given, the
// full-text index filled once per transaction, a batch under one savepoint (each document under
// its own only when one fails), and a document replaced inside the same transaction. Each
// document must hold exactly the rows it holds when added alone, and the full-text index must
// agree with the statements.
#include "common/RealSummaries.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestLibraryWriter : public QObject
{
    Q_OBJECT

private:
    static QByteArray bundledSummary()
    {
        QFile file(test::bundledSummaryPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    /// The bundled summary under another procedure reference.
    static QByteArray summaryNumbered(int number)
    {
        QByteArray text = bundledSummary();
        const QByteArray reference = "2025/" + QByteArray::number(3000 + number) + "(INI)";
        text.replace("2025/2119(INI)", QByteArray(reference));
        return text;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    /// fn(db) on a connection of its own to the file at `path`, closed and removed after.
    template<typename Fn> static auto onOwnConnection(const QString &path, Fn fn)
    {
        const QString name = u"writer-test-raw"_s;
        decltype(fn(std::declval<QSqlDatabase &>())) result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            result = fn(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    /// The rows of each table (and the statements with tags), in one string.
    static QString tableCounts(const QString &path)
    {
        return onOwnConnection(path, [](QSqlDatabase &db) -> QString {
            if (!db.open())
                return u"cannot open"_s;
            QString counts;
            for (const QString &table :
                { u"documents"_s, u"entities"_s, u"entities WHERE statements > 0"_s,
                    u"statements"_s, u"statements WHERE tags <> ''"_s, u"document_addressees"_s,
                    u"statements_fts_docsize"_s }) {
                QSqlQuery query(db);
                if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
                    return table + u": "_s + query.lastError().text();
                counts += u"%1 %2; "_s.arg(table).arg(query.value(0).toLongLong());
            }
            return counts;
        });
    }

    /// Whether the full-text index holds exactly the statements' words (FTS5's own check).
    static bool indexAgrees(const QString &path, QString *error)
    {
        return onOwnConnection(path, [error](QSqlDatabase &db) {
            QSqlQuery query(db);
            const bool ok = db.open()
                && query.exec(u"INSERT INTO statements_fts (statements_fts, rank) "
                              "VALUES ('integrity-check', 1)"_s);
            if (!ok)
                *error = query.lastError().text();
            return ok;
        });
    }

    /// Runs `sql` on the file; the first column of its first row, if any, or the error.
    static QVariant runRaw(const QString &path, const QString &sql, const QVariantList &values = {})
    {
        return onOwnConnection(path, [&](QSqlDatabase &db) {
            if (!db.open())
                return QVariant(u"cannot open"_s);
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            QVariant result;
            if (!query.exec())
                result = query.lastError().text();
            else if (query.next())
                result = query.value(0);
            query.finish();
            return result;
        });
    }

    /// The rows of one document added alone to a library of its own.
    static QString rowsOfOne(const QString &path)
    {
        QString error;
        {
            const std::unique_ptr<Library> library = Library::open(path, &error);
            if (!library || !library->addDocument(bundledDocument(), {}, &error))
                return error;
        }
        return tableCounts(path);
    }

    static CorpusQuery words(const QString &text)
    {
        CorpusQuery query;
        query.text = text;
        return query;
    }

    static QString counts(qint64 documents, const QString &oneDocument)
    {
        // "rows n; " for one document, times `documents`.
        QString result;
        const QStringList parts = oneDocument.split(u"; "_s, Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype space = part.lastIndexOf(u' ');
            result += u"%1 %2; "_s.arg(part.left(space))
                          .arg(part.mid(space + 1).toLongLong() * documents);
        }
        return result;
    }

private Q_SLOTS:
    void folderOfSeveralBatches()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray text = bundledSummary();
        QVERIFY(!text.isEmpty());

        // The rows of one document added alone.
        QString error;
        const QString single = dir.filePath(u"single.sqlite"_s);
        const QString one = rowsOfOne(single);
        QVERIFY2(
            one.contains(u"statements "_s) && !one.contains(u"statements 0;"_s), qPrintable(one));
        // Tagged statements, entities with statements counted and addressees, all written.
        QVERIFY2(!one.contains(u"'' 0;"_s) && !one.contains(u"> 0 0;"_s)
                && !one.contains(u"document_addressees 0;"_s),
            qPrintable(one));

        // 70 documents (three batches read, the next while one is written) and a file that
        // does not read among them.
        const QString folder = dir.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(folder));
        const int documents = 70;
        for (int i = 0; i < documents; ++i)
            QVERIFY(writeFile(
                folder + u"/summary-%1.md"_s.arg(i, 3, 10, QLatin1Char('0')), summaryNumbered(i)));
        QVERIFY(QFile::copy(QStringLiteral(RE_TEST_DATA) + u"/reliability/synthetic-garbage.md"_s,
            folder + u"/summary-040-garbage.md"_s));
        const QString path = dir.filePath(u"library.sqlite"_s);
        const std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QStringList problems;
        QCOMPARE(library->addFolder(folder, &problems), documents);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"summary-040-garbage.md: "_s),
            qPrintable(problems.first()));

        QCOMPARE(tableCounts(path), counts(documents, one));
        QVERIFY2(indexAgrees(path, &error), qPrintable(error));

        // Each document's statements in reading order, and found by their words.
        const qsizetype actions = bundledDocument().actions.size();
        QCOMPARE(library->statementCount({}), documents * actions);
        const QList<LibraryEntry> entries = library->documents();
        QCOMPARE(entries.size(), documents);
        CorpusQuery last;
        last.documentIds = { entries.constLast().id };
        const QList<CorpusStatement> statements = library->statements(last);
        QCOMPARE(statements.size(), actions);
        for (qsizetype i = 0; i < actions; ++i)
            QCOMPARE(statements.at(i).actionId, bundledDocument().actions.at(i).id);
        CorpusQuery military;
        military.text = u"military"_s;
        const qint64 once = [&] {
            const std::unique_ptr<Library> alone = Library::open(single, &error);
            return alone ? alone->statementCount(military) : -1;
        }();
        QVERIFY(once > 0);
        QCOMPARE(library->statementCount(military), documents * once);

        // Pages of a word this common are walked in display order (Library::statements()
        // with a page), the whole list is sorted: the same statements in the same order.
        const QList<CorpusStatement> all = library->statements(military);
        QVERIFY(all.size() >= 10);
        military.documentIds = { entries.at(1).id, entries.at(0).id, entries.constLast().id };
        const QList<CorpusStatement> some = library->statements(military);
        QCOMPARE(some.size(), 3 * once);
        for (const auto &[query, expected] : { std::pair { CorpusQuery { military }, some },
                 std::pair { words(u"military"_s), all } }) {
            for (const qsizetype offset : { qsizetype(0), qsizetype(1), expected.size() - 2 }) {
                const QList<CorpusStatement> page = library->statements(query, int(offset), 2);
                QCOMPARE(page.size(), 2);
                for (qsizetype i = 0; i < page.size(); ++i) {
                    QCOMPARE(page.at(i).documentId, expected.at(offset + i).documentId);
                    QCOMPARE(page.at(i).actionId, expected.at(offset + i).actionId);
                }
            }
        }
    }

    void documentReplacedInTheSameFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Two files of the same procedure: the second read replaces the first.
        QVERIFY(writeFile(dir.filePath(u"a.md"_s), bundledSummary()));
        QVERIFY(writeFile(dir.filePath(u"b.md"_s), bundledSummary()));
        QVERIFY(writeFile(dir.filePath(u"c.md"_s), summaryNumbered(1)));
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->addFolder(dir.path(), nullptr), 3);
        const QList<LibraryEntry> entries = library->documents();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(library->statementCount({}), 2 * bundledDocument().actions.size());
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const LibraryEntry &entry) {
            return entry.sourcePath == dir.filePath(u"b.md"_s);
        }));
        QVERIFY2(indexAgrees(path, &error), qPrintable(error));

        // And again: every document replaced by itself, nothing added twice.
        QCOMPARE(library->addFolder(dir.path(), nullptr), 3);
        QCOMPARE(library->documents().size(), 2);
        QCOMPARE(library->statementCount({}), 2 * bundledDocument().actions.size());
        QVERIFY2(indexAgrees(path, &error), qPrintable(error));
    }

    void documentWithoutReferenceReplacedByItsPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray text = bundledSummary();
        text.replace("2025/2119(INI)", "");
        const QString unnamed = dir.filePath(u"unnamed.md"_s);
        QVERIFY(writeFile(unnamed, text));
        QVERIFY(writeFile(dir.filePath(u"named.md"_s), bundledSummary()));
        const std::optional<Document> document = loadDocumentFile(unnamed, nullptr);
        QVERIFY(document);
        QVERIFY(document->procedure.reference.isEmpty());
        QVERIFY(!document->actions.isEmpty());

        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        // Added, then replaced by itself (the second time through its path, not a reference):
        // the same statements, each found once by its words.
        const qint64 statements = document->actions.size() + bundledDocument().actions.size();
        qint64 military = -1;
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(library->addFolder(dir.path(), nullptr), 2);
            QCOMPARE(library->documents().size(), 2);
            QCOMPARE(library->statementCount({}), statements);
            QVERIFY2(indexAgrees(path, &error), qPrintable(error));
            const qint64 found = library->statementCount(words(u"military"_s));
            QVERIFY(found > 0);
            QVERIFY(military < 0 || found == military);
            military = found;
        }
        CorpusQuery inUnnamed = words(u"military"_s);
        const QList<LibraryEntry> entries = library->documents();
        const auto entry = std::find_if(entries.cbegin(), entries.cend(),
            [&](const LibraryEntry &e) { return e.sourcePath == unnamed; });
        QVERIFY(entry != entries.cend());
        inUnnamed.documentIds = { entry->id };
        QCOMPARE(library->statementCount(inUnnamed) * 2, military);
    }

    void aDocumentThatCannotBeWrittenLeavesTheOthers()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString one = rowsOfOne(dir.filePath(u"single.sqlite"_s));
        QVERIFY2(
            one.contains(u"statements "_s) && !one.contains(u"statements 0;"_s), qPrintable(one));

        const QString folder = dir.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(folder));
        const int documents = 5;
        for (int i = 0; i < documents; ++i)
            QVERIFY(writeFile(folder + u"/summary-%1.md"_s.arg(i), summaryNumbered(i)));
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        // The library refuses the third document, as a database error would.
        QCOMPARE(runRaw(path,
                     u"CREATE TRIGGER refuse BEFORE INSERT ON documents "
                     "WHEN new.reference = '2025/3002(INI)' "
                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
            QVariant());

        QStringList problems;
        QCOMPARE(library->addFolder(folder, &problems), documents - 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(u"summary-2.md: "_s)
                && problems.first().contains(u"refused by the test"_s),
            qPrintable(problems.first()));
        QCOMPARE(tableCounts(path), counts(documents - 1, one));
        QVERIFY2(indexAgrees(path, &error), qPrintable(error));
        QCOMPARE(library->statementCount({}), (documents - 1) * bundledDocument().actions.size());
    }

    void savedCopyIsCompactAndAnIndentedOneStillReads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"bundled.md"_s);
        QVERIFY(writeFile(file, bundledSummary()));
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(library->addFolder(dir.path(), nullptr), 1);
        const qint64 id = library->documents().constFirst().id;
        const std::optional<Document> loaded = loadDocumentFile(file, &error);
        QVERIFY2(loaded, qPrintable(error));
        const Document &bundled = *loaded;

        const QByteArray indented = documentToJson(bundled);
        const QByteArray stored
            = runRaw(path, u"SELECT document_json FROM documents"_s).toByteArray();
        QVERIFY(!stored.contains('\n'));
        QVERIFY(stored.size() < indented.size());
        std::optional<Document> read = library->document(id, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, bundled);

        // A library written before stored the indented form.
        QCOMPARE(runRaw(path, u"UPDATE documents SET document_json = ? WHERE id = ?"_s,
                     { indented, id }),
            QVariant());
        read = library->document(id, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, bundled);
    }

    void anotherConnectionSeesAFolderAndWritesAfterIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(folder));
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeFile(folder + u"/summary-%1.md"_s.arg(i), summaryNumbered(i)));
        const QString path = dir.filePath(u"library.sqlite"_s);
        QString error;
        const std::unique_ptr<Library> first = Library::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        const std::unique_ptr<Library> second = Library::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->statementCount(words(u"military"_s)), 0);

        QCOMPARE(first->addFolder(folder, nullptr), 3);
        // The full-text index's triggers are back for every other writer.
        QCOMPARE(runRaw(path,
                     u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                     "AND tbl_name = 'statements'"_s)
                     .toInt(),
            2);
        QCOMPARE(second->documents().size(), 3);
        const qint64 military = second->statementCount(words(u"military"_s));
        QVERIFY(military > 0);
        QCOMPARE(military % 3, 0);
        QCOMPARE(first->statementCount(words(u"military"_s)), military);

        QVERIFY2(second->addDocument(bundledDocument(), {}, &error), qPrintable(error));
        QCOMPARE(first->documents().size(), 4);
        QCOMPARE(first->statementCount(words(u"military"_s)), military / 3 * 4);
        QVERIFY2(indexAgrees(path, &error), qPrintable(error));
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestLibraryWriter)
#include "tst_librarywriter.moc"
