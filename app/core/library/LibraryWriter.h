// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the library: how a document is written. Split in two so that adding a folder
// costs the writing thread only the writing: documentRows() (any thread) turns a document into
// the rows of every table, its saved JSON and UTF-8 text included; a DocumentWriter (the
// connection's thread) writes them through SQLite's own prepared statements, each prepared
// once per writer instead of once per document or statement.

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

namespace re {

struct Document;

namespace librarysql {

/// One statement (action) and the rows of the tables keyed by it. Text is UTF-8.
struct StatementRow
{
    QByteArray actionId, kind, text, sectionTitle, paragraph;
    /// statementTag() of each entity it involves (Involvement::involved()), theme, kind of
    /// speech act and addressee, once each, space-separated.
    QByteArray tags;
};

struct EntityRow
{
    QByteArray id, name, kind, role;
    int statements = 0; ///< the document's statements that involve it
};

struct GroupRow
{
    QByteArray code, label, shortLabel;
    int votesFor = 0, against = 0, abstentions = 0, didNotVote = 0;
};

/// Everything the library stores of one document, ready to bind.
struct DocumentRows
{
    QByteArray reference; ///< empty: none (NULL)
    QByteArray title, date, stage, sourceUrl; ///< date empty: undated (NULL)
    qint64 day = 0; ///< statementDay() of the date: the day of its statements' ids
    QByteArray json; ///< documentToJson(), compact: only the program reads it
    bool hasVote = false;
    int votesFor = 0, against = 0, abstentions = 0;
    QList<GroupRow> groups;
    QList<EntityRow> entities;
    QList<StatementRow> statements;
    QList<QByteArray> addressees; ///< of all its statements, each once
};

/// The rows of `document`. Pure: safe on any thread.
DocumentRows documentRows(const Document &document);

/// Writes documents on one connection, inside the caller's transaction, with statements
/// prepared once. Lives on the connection's thread, shorter than the connection.
class DocumentWriter
{
public:
    explicit DocumentWriter(const QSqlDatabase &db);
    ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    /// Replaces the document of the same reference (or, without one, of the same source path)
    /// with `rows`. `keepId` > 0 gives the document that id. False with one sentence in
    /// *error on a database error (the caller rolls back).
    bool write(
        const DocumentRows &rows, const QString &sourcePath, QString *error, qint64 keepId = 0);

    /// From here to fillFullTextIndex(), inside one transaction of the caller's: the full-text
    /// index is filled once, from every statement written meanwhile, instead of row by row by
    /// its triggers, which are dropped until then. FTS5 writes its pending terms out at every
    /// savepoint and SQL statement that opens one, so row by row it would make and merge a
    /// segment per document. Savepoints and their rollbacks stay consistent: what is still to be
    /// indexed is kept in a temporary table, which they roll back too.
    bool deferFullTextIndex(QString *error);
    /// Indexes the statements written since deferFullTextIndex() and makes the index's
    /// triggers again, in the same transaction.
    bool fillFullTextIndex(QString *error);

private:
    struct Statements;
    sqlite3 *m_db = nullptr;
    QString m_unprepared; ///< SQLite's reason when a statement could not be prepared
    std::unique_ptr<Statements> m_statements;
    /// While the index is deferred: the SQL of the triggers dropped.
    QList<QByteArray> m_triggers;
    bool m_deferred = false;
};

} // namespace librarysql
} // namespace re
