// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/Library.h"

#include "document/Involvement.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "library/LibrarySchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
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

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
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
/// to a file that is refused. Empty when it may be opened for writing.
QString checkExistingFile(const QString &path)
{
    ScopedConnection check(path, u"QSQLITE_OPEN_READONLY"_s);
    if (!check.opened())
        return Tr::tr("the library could not be opened: %1").arg(check.error());
    const QSqlDatabase db = check.db();
    QString reason;
    const std::optional<int> version = libraryVersion(db, &reason);
    if (!version)
        return Tr::tr("the file is not a SQLite database, or it is damaged (%1)").arg(reason);
    if (*version > Library::SchemaVersion) {
        return Tr::tr("the library is in a newer format (version %1) than this program reads "
                      "(version %2)")
            .arg(*version)
            .arg(Library::SchemaVersion);
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check(1)"_s) || !query.next())
        return Tr::tr("the library is damaged (%1)").arg(query.lastError().text());
    if (const QString result = query.value(0).toString(); result != u"ok") {
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

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// The driver binds a null QString as NULL: the NOT NULL columns get an empty text instead.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

/// Writes a document and its index inside the caller's transaction: replaces the document of
/// the same reference (or, without one, of the same source path). `keepId` > 0 gives the row
/// that id (a rebuilt document keeps its own).
bool insertDocument(const QSqlDatabase &db, const Document &document, const QString &sourcePath,
    QString *error, qint64 keepId = 0)
{
    const Procedure &procedure = document.procedure;
    QSqlQuery query(db);
    if (procedure.reference.isEmpty()) {
        query.prepare(u"DELETE FROM documents WHERE reference IS NULL AND source_path = ?"_s);
        query.addBindValue(notNull(sourcePath));
    } else {
        query.prepare(u"DELETE FROM documents WHERE reference = ?"_s);
        query.addBindValue(procedure.reference);
    }
    if (!execute(query, error))
        return false;

    const QVariant noNumber(QMetaType::fromType<int>());
    query.prepare(u"INSERT INTO documents (id, reference, title, date, stage, source_path, "
                  "source_url, votes_for, against, abstentions, statements, document_json) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(keepId > 0 ? QVariant(keepId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(nullable(procedure.reference));
    query.addBindValue(notNull(procedure.title));
    query.addBindValue(nullable(procedure.date.toString(Qt::ISODate)));
    query.addBindValue(notNull(procedure.stage));
    query.addBindValue(notNull(sourcePath));
    query.addBindValue(notNull(procedure.sourceUrl));
    query.addBindValue(document.vote ? QVariant(document.vote->votesFor) : noNumber);
    query.addBindValue(document.vote ? QVariant(document.vote->against) : noNumber);
    query.addBindValue(document.vote ? QVariant(document.vote->abstentions) : noNumber);
    query.addBindValue(int(document.actions.size()));
    query.addBindValue(documentToJson(document));
    if (!execute(query, error))
        return false;
    const qint64 documentId = query.lastInsertId().toLongLong();

    query.prepare(u"INSERT INTO entities (document_id, entity_id, name, kind, role) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    for (const Entity &entity : document.entities) {
        query.addBindValue(documentId);
        query.addBindValue(notNull(entity.id));
        query.addBindValue(notNull(entity.name));
        query.addBindValue(entityKindKey(entity.kind));
        query.addBindValue(entityRoleKey(entity.role));
        if (!execute(query, error))
            return false;
    }

    QSqlQuery statement(db), involved(db), theme(db), act(db);
    statement.prepare(u"INSERT INTO statements (document_id, action_id, kind, text, "
                      "section_title, paragraph) VALUES (?, ?, ?, ?, ?, ?)"_s);
    involved.prepare(
        u"INSERT OR IGNORE INTO statement_entities (statement_id, entity_id) VALUES (?, ?)"_s);
    theme.prepare(u"INSERT OR IGNORE INTO statement_themes (statement_id, theme) VALUES (?, ?)"_s);
    act.prepare(u"INSERT OR IGNORE INTO statement_acts (statement_id, kind) VALUES (?, ?)"_s);
    const Involvement involvement(document);
    for (const Action &action : document.actions) {
        const bool inSection = action.section >= 0 && action.section < document.sections.size();
        const bool inParagraph
            = action.paragraph >= 0 && action.paragraph < document.paragraphs.size();
        statement.addBindValue(documentId);
        statement.addBindValue(notNull(action.id));
        statement.addBindValue(verbKindKey(action.verb));
        statement.addBindValue(notNull(action.text));
        statement.addBindValue(
            notNull(inSection ? document.sections.at(action.section).title : QString()));
        statement.addBindValue(
            notNull(inParagraph ? document.paragraphs.at(action.paragraph).id : QString()));
        if (!execute(statement, error))
            return false;
        const qint64 statementId = statement.lastInsertId().toLongLong();
        for (const QString &id : involvement.involved(action.entities)) {
            involved.addBindValue(statementId);
            involved.addBindValue(notNull(id));
            if (!execute(involved, error))
                return false;
        }
        for (const QString &name : action.themes) {
            theme.addBindValue(statementId);
            theme.addBindValue(notNull(name));
            if (!execute(theme, error))
                return false;
        }
        for (const SpeechAct &speechAct : action.acts) {
            act.addBindValue(statementId);
            act.addBindValue(verbKindKey(speechAct.kind));
            if (!execute(act, error))
                return false;
        }
    }
    return true;
}

struct ParsedFile
{
    std::optional<Document> document;
    QString error;
};

/// Reads the files on worker threads, each into its own slot (no shared state but the slots).
std::vector<ParsedFile> parseFiles(const QStringList &paths)
{
    std::vector<ParsedFile> results(size_t(paths.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        ParsedFile *slot = &results[size_t(i)];
        const QString path = paths.at(i);
        pool.start([slot, path] { slot->document = loadDocumentFile(path, &slot->error); });
    }
    pool.waitForDone();
    return results;
}

/// Files read at once by addFolder() and rebuild(): enough to keep every core busy, few enough
/// that a large folder's documents are not all held in memory; each batch is one transaction.
constexpr qsizetype BatchSize = 32;

QString fileLine(const QString &path, const QString &sentence)
{
    return u"%1: %2"_s.arg(QFileInfo(path).fileName(), sentence);
}

/// The WHERE clause of a query and its values, in order.
struct Condition
{
    QStringList clauses;
    QVariantList values;
};

Condition corpusCondition(const CorpusQuery &query)
{
    Condition condition;
    if (!query.entities.isEmpty()) {
        QStringList marks;
        for (const QString &id : query.entities) {
            marks.append(u"?"_s);
            condition.values.append(id);
        }
        condition.clauses.append(
            u"EXISTS (SELECT 1 FROM statement_entities se WHERE "
            "se.statement_id = s.id AND se.entity_id IN (%1))"_s.arg(marks.join(u", "_s)));
    }
    if (!query.theme.trimmed().isEmpty()) {
        condition.clauses.append(u"EXISTS (SELECT 1 FROM statement_themes st WHERE "
                                 "st.statement_id = s.id AND st.theme = ?)"_s);
        condition.values.append(query.theme.trimmed());
    }
    if (!query.kind.isEmpty()) {
        condition.clauses.append(u"EXISTS (SELECT 1 FROM statement_acts sa WHERE "
                                 "sa.statement_id = s.id AND sa.kind = ?)"_s);
        condition.values.append(query.kind);
    }
    if (const QString match = Library::ftsQuery(query.text); !match.isEmpty()) {
        condition.clauses.append(u"s.id IN (SELECT rowid FROM statements_fts WHERE "
                                 "statements_fts MATCH ?)"_s);
        condition.values.append(match);
    }
    if (query.yearFrom > 0) {
        condition.clauses.append(u"d.date >= ?"_s);
        condition.values.append(QDate(query.yearFrom, 1, 1).toString(Qt::ISODate));
    }
    if (query.yearTo > 0) {
        condition.clauses.append(u"d.date <= ?"_s);
        condition.values.append(QDate(query.yearTo, 12, 31).toString(Qt::ISODate));
    }
    return condition;
}

QString whereClause(const Condition &condition)
{
    return condition.clauses.isEmpty() ? QString()
                                       : u" WHERE "_s + condition.clauses.join(u" AND "_s);
}

bool prepareAndRun(QSqlQuery &query, const QString &sql, const Condition &condition)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qWarning("library: %s", qPrintable(query.lastError().text()));
        return false;
    }
    for (const QVariant &value : condition.values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("library: %s", qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

Library::Library(const QString &path, const QString &connectionName)
    : m_path(path), m_connection(connectionName)
{ }

Library::~Library()
{
    connection(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
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
            problem = checkExistingFile(path);
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
        if (error)
            *error = problem;
        return nullptr;
    }
    return std::unique_ptr<Library>(new Library(path, db->release()));
}

bool Library::addDocument(const Document &document, const QString &sourcePath, QString *error)
{
    Transaction transaction(connection(m_connection));
    return transaction.begin(error)
        && insertDocument(connection(m_connection), document, sourcePath, error)
        && transaction.commit(error);
}

int Library::addFolder(const QString &folder, QStringList *problems)
{
    static const QStringList suffixes { u"md"_s, u"txt"_s, u"html"_s, u"htm"_s, u"json"_s };
    QStringList paths;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        if (suffixes.contains(file.suffix().toLower()))
            paths.append(file.absoluteFilePath());
    }

    int added = 0;
    const QSqlDatabase db = connection(m_connection);
    for (qsizetype first = 0; first < paths.size(); first += BatchSize) {
        const QStringList batch = paths.mid(first, BatchSize);
        const std::vector<ParsedFile> parsed = parseFiles(batch);
        Transaction transaction(db);
        QString error;
        if (!transaction.begin(&error)) {
            if (problems)
                problems->append(error);
            return added;
        }
        int addedInBatch = 0;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const ParsedFile &file = parsed[size_t(i)];
            if (!file.document) {
                if (problems)
                    problems->append(fileLine(batch.at(i), file.error));
                continue;
            }
            if (!transaction.savepoint(&error)
                || !insertDocument(db, *file.document, batch.at(i), &error)) {
                transaction.rollbackToSavepoint();
                if (problems)
                    problems->append(fileLine(batch.at(i), error));
                continue;
            }
            transaction.release(nullptr);
            ++addedInBatch;
        }
        if (!transaction.commit(&error)) {
            if (problems)
                problems->append(error);
            return added;
        }
        added += addedInBatch;
    }
    return added;
}

QList<LibraryEntry> Library::documents() const
{
    QList<LibraryEntry> entries;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT id, reference, title, date, votes_for, against, abstentions, statements, "
            "source_path FROM documents ORDER BY date, reference, id"_s,
            {}))
        return entries;
    while (query.next()) {
        LibraryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.reference = query.value(1).toString();
        entry.title = query.value(2).toString();
        entry.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        entry.hasVote = !query.value(4).isNull();
        entry.votesFor = query.value(4).toInt();
        entry.against = query.value(5).toInt();
        entry.abstentions = query.value(6).toInt();
        entry.statements = query.value(7).toInt();
        entry.sourcePath = query.value(8).toString();
        entries.append(entry);
    }
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
    const Condition condition = corpusCondition(corpusQuery);
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT d.id, d.reference, d.title, d.date, s.action_id, s.kind, s.text, "
            "s.section_title FROM statements s JOIN documents d ON d.id = s.document_id"_s
                + whereClause(condition) + u" ORDER BY d.date, d.reference, d.id, s.id"_s,
            condition))
        return result;
    while (query.next()) {
        CorpusStatement statement;
        statement.documentId = query.value(0).toLongLong();
        statement.reference = query.value(1).toString();
        statement.title = query.value(2).toString();
        statement.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        statement.actionId = query.value(4).toString();
        statement.kind = query.value(5).toString();
        statement.text = query.value(6).toString();
        statement.sectionTitle = query.value(7).toString();
        result.append(statement);
    }
    return result;
}

qint64 Library::statementCount(const CorpusQuery &corpusQuery) const
{
    const Condition condition = corpusCondition(corpusQuery);
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT count(*) FROM statements s JOIN documents d ON d.id = s.document_id"_s
                + whereClause(condition),
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
    Transaction transaction(db);
    if (!transaction.begin(error))
        return false;
    QStringList kept;
    for (qsizetype first = 0; first < paths.size(); first += BatchSize) {
        const QStringList batch = paths.mid(first, BatchSize);
        const std::vector<ParsedFile> parsed = parseFiles(batch);
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
            if (!execute(remove, error)
                || !insertDocument(db, *file.document, batch.at(i), error, id))
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
    return phrases.join(u' ');
}

} // namespace re
