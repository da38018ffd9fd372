// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Library.h"

#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "library/IntegrityStamp.h"
#include "library/LibrarySchema.h"
#include "library/LibrarySql.h"
#include "library/LibraryWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace re {

using librarysql::connection;
using librarysql::prepareAndRun;

namespace {

/// Every message of the library, in one translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::Library)
};

/// A connection name no other Library uses, so that two may open one file.
QString newConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return u"re-library-%1"_s.arg(++counter);
}

/// A database closed and its connection removed when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, const QString &options) : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_opened = db.open();
        if (!m_opened)
            m_error = db.lastError().text();
    }
    ~ScopedConnection()
    {
        if (!m_name.isEmpty()) {
            connection(m_name).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool opened() const { return m_opened; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return connection(m_name); }
    /// Hands the connection over: it is no longer closed here.
    QString release() { return std::exchange(m_name, QString()); }

private:
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

/// Looks at an existing library file through a read-only connection, so that nothing is written
/// to a file that is refused. Empty when it may be opened for writing. `wholeFile`: also runs
/// SQLite's quick_check over every page.
QString checkExistingFile(const QString &path, bool wholeFile)
{
    ScopedConnection check(path, u"QSQLITE_OPEN_READONLY"_s);
    if (!check.opened())
        return Tr::tr("the library could not be opened: %1").arg(check.error());
    const QSqlDatabase db = check.db();
    // SQLite's own words ("file is not a database") add nothing to the sentence.
    const std::optional<int> version = libraryVersion(db, nullptr);
    if (!version)
        return Tr::tr("the file is not a SQLite database, or it is damaged");
    if (*version > Library::SchemaVersion) {
        return Tr::tr("the library is in a newer format (version %1) than this program reads "
                      "(version %2)")
            .arg(*version)
            .arg(Library::SchemaVersion);
    }
    QSqlQuery query(db);
    if (wholeFile && (!query.exec(u"PRAGMA quick_check(1)"_s) || !query.next()))
        return Tr::tr("the library is damaged (%1)").arg(query.lastError().text());
    if (const QString result = wholeFile ? query.value(0).toString() : u"ok"_s; result != u"ok") {
        // The first problem, without the "*** in database main ***" line before it.
        const QStringList lines = result.split(u'\n', Qt::SkipEmptyParts);
        const auto problem = std::find_if(lines.cbegin(), lines.cend(),
            [](const QString &line) { return !line.startsWith(u"***"); });
        return Tr::tr("the library is damaged (%1)")
            .arg(problem == lines.cend() ? result.simplified() : problem->trimmed());
    }
    query.finish();
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return Tr::tr("the library is damaged (%1)").arg(query.lastError().text());
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return Tr::tr("the library is damaged (%1)").arg(query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    if (applicationId != LibraryApplicationId && !(*version == 0 && applicationId == 0 && empty))
        return Tr::tr("the file is a SQLite database of another program, not a library");
    return {};
}

/// Keeps SQLite's statement and savepoint journals in memory while documents are written in
/// bulk: each document's savepoint journals the pages it changes, and as temporary files they
/// cost most of the writing's system time. Restored after, so that a query's large sort may
/// still spill to a file.
class JournalsInMemory
{
public:
    explicit JournalsInMemory(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery(m_db).exec(u"PRAGMA temp_store = MEMORY"_s);
    }
    ~JournalsInMemory() { QSqlQuery(m_db).exec(u"PRAGMA temp_store = DEFAULT"_s); }
    JournalsInMemory(const JournalsInMemory &) = delete;
    JournalsInMemory &operator=(const JournalsInMemory &) = delete;

private:
    QSqlDatabase m_db;
};

/// One transaction, rolled back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db) : m_db(db) { }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error) { return m_open = run(u"BEGIN IMMEDIATE"_s, error); }
    bool commit(QString *error)
    {
        if (!run(u"COMMIT"_s, error))
            return false;
        m_open = false;
        return true;
    }
    /// A savepoint inside the transaction: one document of a batch.
    bool savepoint(QString *error) { return run(u"SAVEPOINT document"_s, error); }
    bool release(QString *error) { return run(u"RELEASE document"_s, error); }
    void rollbackToSavepoint()
    {
        run(u"ROLLBACK TO document"_s, nullptr);
        run(u"RELEASE document"_s, nullptr);
    }

private:
    bool run(const QString &sql, QString *error)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        if (error)
            *error = Tr::tr("the library could not be written: %1").arg(query.lastError().text());
        return false;
    }

    QSqlDatabase m_db;
    bool m_open = false;
};

bool execute(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = Tr::tr("the library could not be written: %1").arg(query.lastError().text());
    return false;
}

struct ParsedFile
{
    std::optional<Document> document;
    librarysql::DocumentRows rows; ///< of the document, also made on the worker thread
    QString error;
};

/// Files being read on a pool's threads, each into its own slot (no shared state but the
/// slots), while the caller writes the batch before.
class ParseBatch
{
public:
    ParseBatch(QThreadPool &pool, const QStringList &paths) : m_results(size_t(paths.size()))
    {
        for (qsizetype i = 0; i < paths.size(); ++i) {
            ParsedFile *slot = &m_results[size_t(i)];
            pool.start([this, slot, path = paths.at(i)] {
                slot->document = loadDocumentFile(path, &slot->error);
                if (slot->document)
                    slot->rows = librarysql::documentRows(*slot->document);
                m_read.release();
            });
        }
    }
    ~ParseBatch() { wait(); }
    ParseBatch(const ParseBatch &) = delete;
    ParseBatch &operator=(const ParseBatch &) = delete;

    /// The files, once all are read.
    const std::vector<ParsedFile> &wait()
    {
        m_read.acquire(int(m_results.size()) - std::exchange(m_waited, int(m_results.size())));
        return m_results;
    }

private:
    std::vector<ParsedFile> m_results;
    QSemaphore m_read;
    int m_waited = 0;
};

/// Reads `paths` in batches on every core: the batch after `first` is read while the caller
/// writes this one. Since schema 4 the writing thread is the lighter side (docs/PERFORMANCE.md,
/// item 37) and waits for the readers; it shares a core with one of them.
class FolderReader
{
public:
    explicit FolderReader(const QStringList &paths) : m_paths(paths)
    {
        m_pool.setMaxThreadCount(QThread::idealThreadCount());
    }
    /// The files of the batch starting at `first`; starts reading the next one.
    const std::vector<ParsedFile> &batch(qsizetype first, qsizetype size)
    {
        // The batch written before is freed on a worker, off the writing thread.
        if (m_current)
            m_pool.start([done = std::shared_ptr<ParseBatch>(std::move(m_current))]() mutable {
                done.reset();
            });
        m_current = m_next ? std::move(m_next)
                           : std::make_unique<ParseBatch>(m_pool, m_paths.mid(first, size));
        if (first + size < m_paths.size())
            m_next = std::make_unique<ParseBatch>(m_pool, m_paths.mid(first + size, size));
        return m_current->wait();
    }

private:
    QStringList m_paths;
    QThreadPool m_pool; // destroyed last: the batches' jobs are done by then
    std::unique_ptr<ParseBatch> m_current, m_next;
};

/// Files read at once by addFolder() and rebuild(): enough to keep every core busy, few enough
/// that a large folder's documents are not all held in memory (two batches at a time: the next
/// is read while one is written).
constexpr qsizetype BatchSize = 32;
/// How long addFolder() writes batches into one transaction before it commits: each commit
/// costs a sync of the file and the full-text index's filling, so a few large transactions
/// cost less than many small ones, while a reader of the same file waits for the end of one.
constexpr qint64 TransactionMilliseconds = 1000;

QString fileLine(const QString &path, const QString &sentence)
{
    return u"%1: %2"_s.arg(QFileInfo(path).fileName(), sentence);
}

/// Writes the documents of one batch (`paths`, `parsed`) inside `transaction`, a file's
/// problem added to *problems; the documents written. They go under one savepoint; only when
/// one of them cannot be written are they written again, each under its own, so that the
/// others are kept. A savepoint per document costs the writing thread about a sixth of its
/// time (SQLite copies every page a savepoint changes, to undo it).
int writeBatch(Transaction &transaction, librarysql::DocumentWriter &writer, QStringList paths,
    const std::vector<ParsedFile> &parsed, QStringList *problems,
    const std::function<bool(qsizetype)> &keepGoing)
{
    // The files the caller lets through: it may stop after any of them.
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (!keepGoing(i)) {
            paths = paths.mid(0, i);
            break;
        }
    }
    int written = 0;
    QString error;
    if (transaction.savepoint(&error)) {
        bool all = true;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const ParsedFile &file = parsed[size_t(i)];
            if (!file.document)
                continue;
            if (!writer.write(file.rows, paths.at(i), &error)) {
                all = false;
                break;
            }
            ++written;
        }
        if (all && transaction.release(&error)) {
            for (qsizetype i = 0; i < paths.size() && problems; ++i) {
                if (!parsed[size_t(i)].document)
                    problems->append(fileLine(paths.at(i), parsed[size_t(i)].error));
            }
            return written;
        }
        transaction.rollbackToSavepoint();
    }
    written = 0;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const ParsedFile &file = parsed[size_t(i)];
        if (!file.document) {
            if (problems)
                problems->append(fileLine(paths.at(i), file.error));
            continue;
        }
        if (!transaction.savepoint(&error) || !writer.write(file.rows, paths.at(i), &error)) {
            transaction.rollbackToSavepoint();
            if (problems)
                problems->append(fileLine(paths.at(i), error));
            continue;
        }
        transaction.release(nullptr);
        ++written;
    }
    return written;
}

} // namespace

Library::Library(const QString &path, const QString &connectionName)
    : m_path(path), m_connection(connectionName)
{ }

Library::~Library()
{
    connection(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
    // Written only through this connection's transactions since it was known whole.
    if (m_wrote && m_path != u":memory:")
        integrity::rememberWhole(m_path);
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

std::unique_ptr<Library> Library::open(const QString &path, QString *error)
{
    QString problem;
    const bool inMemory = path == u":memory:";
    const QFileInfo info(path);
    if (!inMemory && info.exists()) {
        if (!info.isFile())
            problem = Tr::tr("the library is not a regular file");
        else if (info.size() > 0)
            problem = checkExistingFile(path, !integrity::isKnownWhole(path));
    }
    std::optional<ScopedConnection> db;
    if (problem.isEmpty()) {
        db.emplace(path, u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db->opened())
            problem = Tr::tr("the library could not be opened: %1").arg(db->error());
    }
    if (problem.isEmpty()) {
        QSqlQuery query(db->db());
        if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
            problem = Tr::tr("the library could not be opened: %1").arg(query.lastError().text());
    }
    Q_ASSERT(librarySchemaSteps().size() == SchemaVersion);
    if (problem.isEmpty())
        migrateLibrary(db->db(), librarySchemaSteps(), &problem);
    if (!problem.isEmpty()) {
        if (!inMemory)
            integrity::forget(path);
        if (error)
            *error = problem;
        return nullptr;
    }
    if (!inMemory)
        integrity::rememberWhole(path); // checked, or created or migrated here
    return std::unique_ptr<Library>(new Library(path, db->release()));
}

bool Library::addDocument(const Document &document, const QString &sourcePath, QString *error)
{
    Transaction transaction(connection(m_connection));
    if (!transaction.begin(error))
        return false;
    librarysql::DocumentWriter writer(connection(m_connection));
    m_wrote = true;
    return writer.write(librarysql::documentRows(document), sourcePath, error)
        && transaction.commit(error);
}

QStringList Library::folderFiles(const QString &folder)
{
    QStringList paths;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        if (documentFileSuffixes().contains(file.suffix().toLower()))
            paths.append(file.absoluteFilePath());
    }
    return paths;
}

int Library::addFolder(const QString &folder, QStringList *problems, const FolderProgress &progress)
{
    const QStringList paths = folderFiles(folder);

    int added = 0;
    const QSqlDatabase db = connection(m_connection);
    m_wrote = true;
    FolderReader reader(paths);
    librarysql::DocumentWriter writer(db);
    const JournalsInMemory journals(db);
    qsizetype start = 0;
    while (start < paths.size()) {
        Transaction transaction(db);
        QString error;
        if (!transaction.begin(&error) || !writer.deferFullTextIndex(&error)) {
            if (problems)
                problems->append(error);
            return added;
        }
        QElapsedTimer open;
        open.start();
        int addedInTransaction = 0;
        bool stopped = false;
        do {
            const QStringList batch = paths.mid(start, BatchSize);
            // Asked before each file is written: stopping keeps what was written before it.
            const auto keepGoing = [&](qsizetype i) {
                stopped = stopped || (progress && !progress(int(start + i), int(paths.size())));
                return !stopped;
            };
            addedInTransaction += writeBatch(
                transaction, writer, batch, reader.batch(start, BatchSize), problems, keepGoing);
            start += batch.size();
        } while (!stopped && start < paths.size() && open.elapsed() < TransactionMilliseconds);
        if (!writer.fillFullTextIndex(&error) || !transaction.commit(&error)) {
            if (problems)
                problems->append(error);
            return added;
        }
        added += addedInTransaction;
        if (stopped)
            return added;
    }
    if (progress)
        progress(int(paths.size()), int(paths.size()));
    return added;
}

QList<LibraryEntry> Library::documents() const
{
    QList<LibraryEntry> entries;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT "_s + librarysql::entryColumns()
                + u" FROM documents d ORDER BY d.date, d.reference, d.id"_s,
            {}))
        return entries;
    while (query.next())
        entries.append(librarysql::readEntry(query));
    return entries;
}

std::optional<Document> Library::document(qint64 id, QString *error) const
{
    QSqlQuery query(connection(m_connection));
    query.prepare(u"SELECT document_json FROM documents WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        if (error) {
            *error = query.lastError().isValid()
                ? Tr::tr("the library could not be read: %1").arg(query.lastError().text())
                : Tr::tr("the library holds no document %1").arg(id);
        }
        return std::nullopt;
    }
    QString reason;
    std::optional<Document> document = documentFromJson(query.value(0).toByteArray(), &reason);
    if (!document && error)
        *error = Tr::tr("the library's copy of the document is damaged: %1").arg(reason);
    return document;
}

QList<CorpusStatement> Library::statements(const CorpusQuery &corpusQuery) const
{
    QList<CorpusStatement> result;
    const librarysql::Condition condition = librarysql::corpusCondition(corpusQuery);
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT "_s + librarysql::statementColumns()
                + u" FROM statements s JOIN documents d ON d.id = s.document_id"_s
                + librarysql::whereClause(condition) + u" ORDER BY s.id"_s,
            condition))
        return result;
    while (query.next())
        result.append(librarysql::readStatement(query));
    return result;
}

qint64 Library::statementCount(const CorpusQuery &corpusQuery) const
{
    // Words and tags alone over the whole library: the full-text index counts them without
    // reading a statement (a common word over 10 000 documents: 1 ms instead of 40).
    if (const QString match = librarysql::fullTextMatch(corpusQuery);
        !match.isEmpty() && librarysql::onlyFullText(corpusQuery))
        return librarysql::fullTextCount(connection(m_connection), match).value_or(0);
    const librarysql::Condition condition = librarysql::corpusCondition(corpusQuery);
    QSqlQuery query(connection(m_connection));
    // No condition (the whole library, as the corpus view opens): the table's own count, not
    // a join over every statement (1 ms instead of 20 for 10 000 documents).
    if (condition.clauses.isEmpty()) {
        return query.exec(u"SELECT count(*) FROM statements"_s) && query.next()
            ? query.value(0).toLongLong()
            : 0;
    }
    if (!prepareAndRun(query,
            u"SELECT count(*) FROM statements s JOIN documents d ON d.id = s.document_id"_s
                + librarysql::whereClause(condition),
            condition)
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool Library::rebuild(QString *error, QStringList *problems)
{
    const QSqlDatabase db = connection(m_connection);
    QList<qint64> ids;
    QStringList paths;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, source_path FROM documents ORDER BY id"_s)) {
            if (error)
                *error = Tr::tr("the library could not be read: %1").arg(query.lastError().text());
            return false;
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
            paths.append(query.value(1).toString());
        }
    }

    // One transaction for the whole rebuild: it is done entirely or not at all.
    const JournalsInMemory journals(db); // set outside the transaction, as SQLite requires
    m_wrote = true;
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QStringList kept;
    FolderReader reader(paths);
    librarysql::DocumentWriter writer(db);
    for (qsizetype first = 0; first < paths.size(); first += BatchSize) {
        const QStringList batch = paths.mid(first, BatchSize);
        const std::vector<ParsedFile> &parsed = reader.batch(first, BatchSize);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const ParsedFile &file = parsed[size_t(i)];
            if (!file.document) {
                kept.append(fileLine(batch.at(i),
                    Tr::tr("%1; the library keeps the document as it was").arg(file.error)));
                continue;
            }
            const qint64 id = ids.at(first + i);
            QSqlQuery remove(db);
            remove.prepare(u"DELETE FROM documents WHERE id = ?"_s);
            remove.addBindValue(id);
            if (!execute(remove, error) || !writer.write(file.rows, batch.at(i), error, id))
                return false;
        }
    }
    if (!transaction.commit(error))
        return false;
    if (problems)
        problems->append(kept);
    return true;
}

QString Library::ftsQuery(const QString &text)
{
    QStringList phrases;
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (QString word : words) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + word + u'"');
    }
    return phrases.isEmpty() ? QString() : u"text : ("_s + phrases.join(u' ') + u')';
}

} // namespace re
