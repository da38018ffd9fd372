// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/LibraryWriter.h"

#include "document/Document.h"
#include "document/Involvement.h"
#include "io/DocumentJson.h"
#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>
#include <array>
#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace re::librarysql {

namespace {

QString writeError(const QString &reason)
{
    return QCoreApplication::translate("re::Library", "the library could not be written: %1")
        .arg(reason);
}

/// One prepared statement: bind the values from 1 in order, then run().
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const char *sql)
    {
        return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
            == SQLITE_OK;
    }
    /// Text, bound without a copy: `text` outlives the run().
    Statement &text(const QByteArray &text)
    {
        sqlite3_bind_text(
            m_statement, ++m_index, text.constData(), int(text.size()), SQLITE_STATIC);
        return *this;
    }
    /// NULL for an empty text.
    Statement &textOrNull(const QByteArray &value)
    {
        return value.isEmpty() ? null() : text(value);
    }
    Statement &blob(const QByteArray &bytes)
    {
        sqlite3_bind_blob(
            m_statement, ++m_index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        return *this;
    }
    Statement &number(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    Statement &null()
    {
        sqlite3_bind_null(m_statement, ++m_index);
        return *this;
    }
    /// Steps a query to its first row (the caller reads it, then reset()s); false with the
    /// reason in *error when there is none.
    bool step(QString *error)
    {
        m_index = 0;
        if (sqlite3_step(m_statement) == SQLITE_ROW)
            return true;
        if (error)
            *error = writeError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        sqlite3_reset(m_statement);
        return false;
    }
    /// Steps a query to its next row: false at its end or on an error, then reset and, on an
    /// error, with the reason in *error and *failed set.
    bool next(QString *error, bool *failed)
    {
        m_index = 0;
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE) {
            *failed = true;
            if (error)
                *error
                    = writeError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        }
        sqlite3_reset(m_statement);
        return false;
    }
    QByteArray columnText(int column) const
    {
        return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }
    qint64 columnNumber(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool columnIsNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    void reset() { sqlite3_reset(m_statement); }
    sqlite3_stmt *handle() const { return m_statement; }
    /// Steps the statement to its end and resets it; false with the reason in *error.
    bool run(QString *error)
    {
        m_index = 0;
        const int result = sqlite3_step(m_statement);
        if (result != SQLITE_DONE && error)
            *error = writeError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        sqlite3_reset(m_statement);
        return result == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0;
};

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

/// Appends statementTag() of `value` to a statement's tags, unless they hold it already.
void addTag(QByteArray &tags, Tag tag, const QString &value)
{
    const QByteArray token = statementTag(tag, value.toUtf8());
    qsizetype at = tags.indexOf(token);
    while (at >= 0) {
        const qsizetype end = at + token.size();
        if ((at == 0 || tags.at(at - 1) == ' ') && (end == tags.size() || tags.at(end) == ' '))
            return;
        at = tags.indexOf(token, end);
    }
    if (!tags.isEmpty())
        tags += ' ';
    tags += token;
}

/// Rows per INSERT of the statements table, at most: 800 bound values, under every SQLite's
/// limit.
constexpr qsizetype StatementsPerInsert = 100;

/// The INSERT INTO statements of `rows` rows, prepared once in `cache`; nullptr if it cannot
/// be prepared.
Statement *insertStatements(sqlite3 *db, std::map<qsizetype, Statement> &cache, qsizetype rows)
{
    if (const auto it = cache.find(rows); it != cache.end())
        return &it->second;
    QByteArray sql = "INSERT INTO statements (id, document_id, action_id, kind, text, "
                     "section_title, paragraph, tags) VALUES ";
    for (qsizetype row = 0; row < rows; ++row)
        sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    Statement &statement = cache[rows];
    if (!statement.prepare(db, sql.constData())) {
        cache.erase(rows);
        return nullptr;
    }
    return &statement;
}

/// Runs `sql` (one or more statements without values); false with the reason in *error.
bool execute(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = writeError(QString::fromUtf8(message ? message : sqlite3_errmsg(db)));
    sqlite3_free(message);
    return false;
}

} // namespace

struct DocumentWriter::Statements
{
    Statement deleteByReference, deleteByPath, lastStatementOfDay, document, group, entity,
        addressee;
    /// While the full-text index is deferred: the document written is to be indexed; a
    /// replaced document's statements leave the index (unless still to be indexed themselves).
    Statement unindexed, unindexByReference, unindexByPath;
    /// INSERT INTO statements of n rows, by n: made when first needed.
    std::map<qsizetype, Statement> statements;
};

DocumentRows documentRows(const Document &document)
{
    const Procedure &procedure = document.procedure;
    DocumentRows rows;
    rows.reference = utf8(procedure.reference);
    rows.title = utf8(procedure.title);
    rows.date = utf8(procedure.date.toString(Qt::ISODate));
    rows.day = statementDay(procedure.date);
    rows.stage = utf8(procedure.stage);
    rows.sourceUrl = utf8(procedure.sourceUrl);
    // Compact: a fifth smaller than indented, for the file and for the writing thread.
    rows.json = documentToJson(document, JsonLayout::Compact);
    if (document.vote) {
        rows.hasVote = true;
        rows.votesFor = document.vote->votesFor;
        rows.against = document.vote->against;
        rows.abstentions = document.vote->abstentions;
        for (const VoteBreakdownRow &group : document.vote->groups) {
            rows.groups.append({ utf8(group.code), utf8(group.label), utf8(group.shortLabel),
                group.votesFor, group.against, group.abstentions, group.didNotVote });
        }
    }
    const Involvement involvement(document);
    QHash<QString, int> statementsInvolving;
    QSet<QString> addressees;
    rows.statements.reserve(document.actions.size());
    for (const Action &action : document.actions) {
        const bool inSection = action.section >= 0 && action.section < document.sections.size();
        const bool inParagraph
            = action.paragraph >= 0 && action.paragraph < document.paragraphs.size();
        StatementRow row;
        row.actionId = utf8(action.id);
        row.kind = utf8(verbKindKey(action.verb));
        row.text = utf8(action.text);
        if (inSection)
            row.sectionTitle = utf8(document.sections.at(action.section).title);
        if (inParagraph)
            row.paragraph = utf8(document.paragraphs.at(action.paragraph).id);
        for (const QString &id : involvement.involved(action.entities)) {
            addTag(row.tags, Tag::Entity, id);
            ++statementsInvolving[id];
        }
        for (const QString &theme : action.themes)
            addTag(row.tags, Tag::Theme, theme);
        for (const SpeechAct &act : action.acts)
            addTag(row.tags, Tag::Act, verbKindKey(act.kind));
        for (const QString &addressee : action.addressees) {
            addTag(row.tags, Tag::Addressee, addressee);
            if (!addressees.contains(addressee)) {
                addressees.insert(addressee);
                rows.addressees.append(utf8(addressee));
            }
        }
        rows.statements.append(std::move(row));
    }
    // One row per entity id, the first (a hand-made saved document may repeat one): the corpus
    // queries count a document's rows as the entities it names.
    rows.entities.reserve(document.entities.size());
    QSet<QString> written;
    for (const Entity &entity : document.entities) {
        if (written.contains(entity.id))
            continue;
        written.insert(entity.id);
        rows.entities.append({ utf8(entity.id), utf8(entity.name), utf8(entityKindKey(entity.kind)),
            utf8(entityRoleKey(entity.role)), statementsInvolving.value(entity.id) });
    }
    return rows;
}

DocumentWriter::DocumentWriter(const QSqlDatabase &db) : m_statements(new Statements)
{
    // The connection's own handle: the Qt driver and this writer share one connection, so
    // they share its transaction.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    Statements &s = *m_statements;
    const std::array<std::pair<Statement *, const char *>, 7> sql { {
        { &s.lastStatementOfDay, "SELECT max(id) FROM statements WHERE id BETWEEN ? AND ?" },
        { &s.deleteByReference, "DELETE FROM documents WHERE reference = ?" },
        { &s.deleteByPath, "DELETE FROM documents WHERE reference IS NULL AND source_path = ?" },
        { &s.document,
            "INSERT INTO documents (id, reference, title, date, stage, source_path, source_url, "
            "votes_for, against, abstentions, statements, document_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" },
        { &s.group,
            "INSERT INTO document_groups (document_id, position, code, label, short_label, "
            "votes_for, against, abstentions, did_not_vote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" },
        { &s.entity,
            "INSERT INTO entities (document_id, entity_id, name, kind, role, statements) "
            "VALUES (?, ?, ?, ?, ?, ?)" },
        { &s.addressee,
            "INSERT OR IGNORE INTO document_addressees (document_id, addressee) VALUES (?, ?)" },
    } };
    for (const auto &[statement, text] : sql) {
        if (!statement->prepare(connection, text)) {
            m_unprepared = QString::fromUtf8(sqlite3_errmsg(connection));
            return;
        }
    }
    m_db = connection;
}

DocumentWriter::~DocumentWriter() = default;

bool DocumentWriter::write(
    const DocumentRows &rows, const QString &sourcePath, QString *error, qint64 keepId)
{
    if (!m_db) {
        if (error)
            *error = writeError(m_unprepared.isEmpty() ? u"no SQLite connection"_s : m_unprepared);
        return false;
    }
    Statements &s = *m_statements;
    const QByteArray path = sourcePath.toUtf8();
    // The replaced document's statements leave a deferred index here, as the trigger on the
    // cascaded delete takes them out otherwise.
    if (m_deferred
        && !(rows.reference.isEmpty() ? s.unindexByPath.text(path).run(error)
                                      : s.unindexByReference.text(rows.reference).run(error)))
        return false;
    const bool removed = rows.reference.isEmpty()
        ? s.deleteByPath.text(path).run(error)
        : s.deleteByReference.text(rows.reference).run(error);
    if (!removed)
        return false;

    Statement &document = keepId > 0 ? s.document.number(keepId) : s.document.null();
    document.textOrNull(rows.reference).text(rows.title).textOrNull(rows.date).text(rows.stage);
    document.text(path).text(rows.sourceUrl);
    if (rows.hasVote)
        document.number(rows.votesFor).number(rows.against).number(rows.abstentions);
    else
        document.null().null().null();
    if (!document.number(rows.statements.size()).blob(rows.json).run(error))
        return false;
    const qint64 documentId = sqlite3_last_insert_rowid(m_db);
    if (m_deferred && !s.unindexed.number(documentId).run(error))
        return false;

    int position = 0;
    for (const GroupRow &group : rows.groups) {
        s.group.number(documentId).number(position++).text(group.code).text(group.label);
        s.group.text(group.shortLabel).number(group.votesFor).number(group.against);
        if (!s.group.number(group.abstentions).number(group.didNotVote).run(error))
            return false;
    }
    for (const EntityRow &entity : rows.entities) {
        s.entity.number(documentId).text(entity.id).text(entity.name).text(entity.kind);
        if (!s.entity.text(entity.role).number(entity.statements).run(error))
            return false;
    }
    for (const QByteArray &addressee : rows.addressees) {
        if (!s.addressee.number(documentId).text(addressee).run(error))
            return false;
    }
    // The statements of a document go in a few multi-row INSERTs, with their ids given: the
    // full-text index's trigger then runs inside one SQL statement for many rows, and FTS5
    // flushes its pending terms at each statement's start, not at each row's. The ids follow
    // the last statement of the document's day (StatementDayShift).
    const qint64 dayStart = rows.day << StatementDayShift;
    if (!s.lastStatementOfDay.number(dayStart).number(dayStart + StatementSequenceMask).step(error))
        return false;
    const qint64 firstId = s.lastStatementOfDay.columnIsNull(0)
        ? dayStart + 1
        : s.lastStatementOfDay.columnNumber(0) + 1;
    s.lastStatementOfDay.reset();
    if (firstId + rows.statements.size() - 1 > dayStart + StatementSequenceMask) {
        if (error)
            *error = writeError(QCoreApplication::translate(
                "re::Library", "more statements on one day than the library can number"));
        return false;
    }
    for (qsizetype first = 0; first < rows.statements.size(); first += StatementsPerInsert) {
        const qsizetype count = std::min(StatementsPerInsert, rows.statements.size() - first);
        Statement *insert = insertStatements(m_db, s.statements, count);
        if (!insert) {
            if (error)
                *error = writeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        for (qsizetype i = first; i < first + count; ++i) {
            const StatementRow &row = rows.statements.at(i);
            insert->number(firstId + i).number(documentId).text(row.actionId).text(row.kind);
            insert->text(row.text).text(row.sectionTitle).text(row.paragraph).text(row.tags);
        }
        if (!insert->run(error))
            return false;
    }
    return true;
}

bool DocumentWriter::deferFullTextIndex(QString *error)
{
    if (!m_db) {
        if (error)
            *error = writeError(m_unprepared.isEmpty() ? u"no SQLite connection"_s : m_unprepared);
        return false;
    }
    m_triggers.clear();
    m_deferred = false;
    // Documents written and not indexed yet, by id. A replaced one's id may stay: it no longer
    // has statements, or has a new document's that are not indexed either.
    if (!execute(m_db,
            "CREATE TEMP TABLE IF NOT EXISTS unindexed_documents (id INTEGER PRIMARY KEY); "
            "DELETE FROM temp.unindexed_documents",
            error))
        return false;
    Statements &s = *m_statements;
    const std::array<std::pair<Statement *, const char *>, 3> sql { {
        { &s.unindexed, "INSERT OR IGNORE INTO temp.unindexed_documents (id) VALUES (?)" },
        { &s.unindexByReference,
            "INSERT INTO statements_fts (statements_fts, rowid, text, tags) "
            "SELECT 'delete', s.id, s.text, s.tags FROM documents d JOIN statements s "
            "ON s.document_id = d.id WHERE d.reference = ? "
            "AND d.id NOT IN (SELECT id FROM temp.unindexed_documents)" },
        { &s.unindexByPath,
            "INSERT INTO statements_fts (statements_fts, rowid, text, tags) "
            "SELECT 'delete', s.id, s.text, s.tags FROM documents d JOIN statements s "
            "ON s.document_id = d.id WHERE d.reference IS NULL AND d.source_path = ? "
            "AND d.id NOT IN (SELECT id FROM temp.unindexed_documents)" },
    } };
    for (const auto &[statement, text] : sql) {
        if (!statement->handle() && !statement->prepare(m_db, text)) {
            if (error)
                *error = writeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
    }
    // The triggers that keep the index in step with the statements table (LibrarySchema).
    Statement triggers;
    if (!triggers.prepare(m_db,
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'statements' AND sql LIKE '%statements_fts%'")) {
        if (error)
            *error = writeError(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return false;
    }
    QList<QByteArray> drops;
    bool failed = false;
    while (triggers.next(error, &failed)) {
        drops.append("DROP TRIGGER \"" + triggers.columnText(0) + "\"");
        m_triggers.append(triggers.columnText(1));
    }
    if (failed)
        return false;
    for (const QByteArray &drop : std::as_const(drops)) {
        if (!execute(m_db, drop, error))
            return false;
    }
    m_deferred = true;
    return true;
}

bool DocumentWriter::fillFullTextIndex(QString *error)
{
    if (!m_deferred)
        return true;
    m_deferred = false;
    // In rowid order: FTS5 writes its pending terms out whenever a rowid is not above the one
    // before.
    if (!execute(m_db,
            "INSERT INTO statements_fts (rowid, text, tags) SELECT s.id, s.text, s.tags "
            "FROM temp.unindexed_documents u JOIN statements s ON s.document_id = u.id "
            "ORDER BY s.id; "
            "DELETE FROM temp.unindexed_documents",
            error))
        return false;
    for (const QByteArray &trigger : std::as_const(m_triggers)) {
        if (!execute(m_db, trigger, error))
            return false;
    }
    m_triggers.clear();
    return true;
}

} // namespace re::librarysql
