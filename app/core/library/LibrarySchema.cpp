// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/LibrarySchema.h"

#include "document/Document.h"
#include "io/DocumentJson.h"
#include "library/LibrarySql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace re {

namespace {

// The triggers that keep the full-text index in step with the statements, as schemas 1 and 3
// made them (schema 3 drops them while it renumbers the statements, then makes them again).
// Schema 4 replaces them with ftsInsertTrigger and ftsDeleteTrigger, which index the tags too.
const QString textOnlyInsertTrigger
    = uR"(CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
        END)"_s;
const QString textOnlyDeleteTrigger
    = uR"(CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text)
            VALUES ('delete', old.id, old.text);
        END)"_s;
const QString ftsInsertTrigger
    = uR"(CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts (rowid, text, tags) VALUES (new.id, new.text, new.tags);
        END)"_s;
const QString ftsDeleteTrigger
    = uR"(CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts (statements_fts, rowid, text, tags)
            VALUES ('delete', old.id, old.text, old.tags);
        END)"_s;

// Schema 1.
// documents: one row per resolution. document_json is its saved form (documentToJson()), so
// that it reopens exactly; the other columns are what the list and the filters need.
// reference is NULL for a document without one (UNIQUE allows many NULLs): those are keyed by
// source_path. The vote columns are NULL when the document states no vote.
// statements: one row per action, id in reading order within a document.
// statement_entities: the entities a statement involves (Document::involvedEntities()).
// statement_acts: the kinds of all its speech acts, as the window's kind filter matches any act.
// (Schema 4 makes these and statement_themes, and schema 2's statement_addressees, tags.)
// statements_fts: an FTS5 index with external content (the statements table): the text is
// stored once, and the index stays in step through the triggers, including on the cascaded
// deletes of a replaced document. A contentless table would store it once too, but SQLite
// before 3.43 (Debian 12 has 3.40) can only delete from one by giving the old text back, which
// is what an external content table's trigger does anyway.
const QStringList schema1 {
    uR"(CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        reference TEXT UNIQUE,
        title TEXT NOT NULL,
        date TEXT,
        stage TEXT NOT NULL,
        source_path TEXT NOT NULL,
        source_url TEXT NOT NULL,
        votes_for INTEGER,
        against INTEGER,
        abstentions INTEGER,
        statements INTEGER NOT NULL,
        document_json BLOB NOT NULL))"_s,
    u"CREATE INDEX documents_date ON documents (date, reference)"_s,
    u"CREATE INDEX documents_source_path ON documents (source_path)"_s,
    uR"(CREATE TABLE entities (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        role TEXT NOT NULL))"_s,
    u"CREATE INDEX entities_document ON entities (document_id)"_s,
    u"CREATE INDEX entities_entity ON entities (entity_id)"_s,
    uR"(CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        action_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        section_title TEXT NOT NULL,
        paragraph TEXT NOT NULL))"_s,
    u"CREATE INDEX statements_document ON statements (document_id)"_s,
    u"CREATE INDEX statements_kind ON statements (kind)"_s,
    uR"(CREATE TABLE statement_entities (
        statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (statement_id, entity_id)) WITHOUT ROWID)"_s,
    u"CREATE INDEX statement_entities_entity ON statement_entities (entity_id)"_s,
    uR"(CREATE TABLE statement_themes (
        statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        theme TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (statement_id, theme)) WITHOUT ROWID)"_s,
    u"CREATE INDEX statement_themes_theme ON statement_themes (theme)"_s,
    uR"(CREATE TABLE statement_acts (
        statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        PRIMARY KEY (statement_id, kind)) WITHOUT ROWID)"_s,
    u"CREATE INDEX statement_acts_kind ON statement_acts (kind)"_s,
    uR"(CREATE VIRTUAL TABLE statements_fts USING fts5 (
        text, content = 'statements', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'))"_s,
    textOnlyInsertTrigger,
    textOnlyDeleteTrigger,
    u"PRAGMA application_id = %1"_s.arg(LibraryApplicationId),
};

// Schema 2, for corpus mode.
// document_groups: the per-group positions of a document's roll-call vote, in the order of the
// attached data; only documents whose user attached roll-call data have rows.
// statement_addressees: the addressees of each statement as the document names them
// ("Commission", "Member States").
// Both are filled from the saved documents when an older library is migrated.
const QStringList schema2 {
    uR"(CREATE TABLE document_groups (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        label TEXT NOT NULL,
        short_label TEXT NOT NULL,
        votes_for INTEGER NOT NULL,
        against INTEGER NOT NULL,
        abstentions INTEGER NOT NULL,
        did_not_vote INTEGER NOT NULL,
        PRIMARY KEY (document_id, position)) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE statement_addressees (
        statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
        addressee TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (statement_id, addressee)) WITHOUT ROWID)"_s,
    u"CREATE INDEX statement_addressees_addressee ON statement_addressees (addressee)"_s,
};

// Schema 3: statement ids in display order (librarysql::StatementDayShift), so that the
// full-text index, whose rowid is the statement id, gives a word's matches by date. Every
// statement is renumbered, the order within a day kept as it was shown (by reference, then as
// added), and the rows keyed by statement id follow; nothing is read again from the saved
// documents. The rows are copied out with their new ids and written back in id order (twice as
// fast as updating the ids in place, which moves every row in every table twice); the
// full-text index is then built again from the statements, without its triggers meanwhile.
// The foreign keys are checked at the commit, once parents and children agree again
// (defer_foreign_keys ends with the transaction).
QStringList schema3()
{
    struct Keyed
    {
        QString table, column;
    };
    const QList<Keyed> keyed { { u"statement_entities"_s, u"entity_id"_s },
        { u"statement_themes"_s, u"theme"_s }, { u"statement_acts"_s, u"kind"_s },
        { u"statement_addressees"_s, u"addressee"_s } };
    const QString statementColumns
        = u"document_id, action_id, kind, text, section_title, paragraph"_s;
    QStringList steps {
        u"PRAGMA defer_foreign_keys = ON"_s,
        u"CREATE TEMP TABLE statement_renumbering (old_id INTEGER PRIMARY KEY, "
        "new_id INTEGER NOT NULL)"_s,
        uR"(INSERT INTO temp.statement_renumbering (old_id, new_id)
            SELECT id, (day << %1) + row_number() OVER (
                PARTITION BY day ORDER BY date, reference, document_id, id)
            FROM (SELECT s.id, s.document_id, d.date, d.reference, %2 AS day
                  FROM statements s LEFT JOIN documents d ON d.id = s.document_id))"_s
            .arg(librarysql::StatementDayShift)
            .arg(librarysql::statementDaySql(u"d.date"_s)),
    };
    for (const Keyed &rows : keyed) {
        steps.append(
            u"CREATE TEMP TABLE renumbered_%1 AS SELECT m.new_id AS statement_id, t.%2 "
            "FROM %1 t JOIN temp.statement_renumbering m ON m.old_id = t.statement_id"_s.arg(
                rows.table, rows.column));
        steps.append(u"DELETE FROM "_s + rows.table);
    }
    steps.append(u"DROP TRIGGER statements_fts_insert"_s);
    steps.append(u"DROP TRIGGER statements_fts_delete"_s);
    steps.append(u"CREATE TEMP TABLE renumbered_statements AS SELECT m.new_id AS id, %1 "
                 "FROM statements t JOIN temp.statement_renumbering m ON m.old_id = t.id"_s.arg(
                     statementColumns));
    steps.append(u"DELETE FROM statements"_s);
    steps.append(u"INSERT INTO statements (id, %1) SELECT id, %1 FROM temp.renumbered_statements "
                 "ORDER BY id"_s.arg(statementColumns));
    steps.append(u"DROP TABLE temp.renumbered_statements"_s);
    for (const Keyed &rows : keyed) {
        steps.append(
            u"INSERT INTO %1 (statement_id, %2) SELECT statement_id, %2 "
            "FROM temp.renumbered_%1 ORDER BY statement_id, %2"_s.arg(rows.table, rows.column));
        steps.append(u"DROP TABLE temp.renumbered_"_s + rows.table);
    }
    steps.append(u"DROP TABLE temp.statement_renumbering"_s);
    steps.append(u"INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')"_s);
    steps.append(textOnlyInsertTrigger);
    steps.append(textOnlyDeleteTrigger);
    // The list of documents (librarysql::entryColumns(), by date) read from an index alone:
    // each documents row holds its saved document, so a walk of the table reads a page or more
    // per document (20 ms against 6 for 10 000). It replaces documents_date, its first columns.
    steps.append(u"DROP INDEX documents_date"_s);
    steps.append(u"CREATE INDEX documents_list ON documents (date, reference, id, title, "
                 "votes_for, against, abstentions, statements, source_path)"_s);
    return steps;
}

// Schema 4: what a statement is filtered by (its entities, themes, kinds of speech act and
// addressees) is one text column, statements.tags, indexed by the full-text index beside the
// text (librarysql::statementTag()). It replaces four tables of one row per (statement, value),
// whose two B-trees each took most of the time of adding a folder (docs/PERFORMANCE.md, item
// 37). A filter is then a term of the same FTS5 query as the words. What the corpus view
// counted through those tables is kept per document: entities.statements (the statements
// involving the entity, for the matrix) and document_addressees (for the addressee list).
// SQLite's lower() folds ASCII letters only, as COLLATE NOCASE compares them and as
// statementTag() folds them.
QStringList schema4()
{
    const auto tags = [](const QString &prefix, const QString &table, const QString &value) {
        return u"coalesce((SELECT group_concat('%1' || hex(%3), ' ') FROM %2 "
               "WHERE statement_id = statements.id), '')"_s.arg(prefix, table, value);
    };
    const QStringList parts { tags(u"e"_s, u"statement_entities"_s, u"entity_id"_s),
        tags(u"t"_s, u"statement_themes"_s, u"lower(theme)"_s),
        tags(u"k"_s, u"statement_acts"_s, u"kind"_s),
        tags(u"a"_s, u"statement_addressees"_s, u"lower(addressee)"_s) };
    return {
        u"ALTER TABLE statements ADD COLUMN tags TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE statements SET tags = trim(%1)"_s.arg(parts.join(u" || ' ' || "_s)),
        u"ALTER TABLE entities ADD COLUMN statements INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE TEMP TABLE entity_statements AS SELECT s.document_id AS document_id, "
        "se.entity_id AS entity_id, count(*) AS statements FROM statement_entities se "
        "JOIN statements s ON s.id = se.statement_id GROUP BY s.document_id, se.entity_id"_s,
        u"CREATE INDEX temp.entity_statements_key ON entity_statements (document_id, entity_id)"_s,
        u"UPDATE entities SET statements = coalesce((SELECT c.statements "
        "FROM temp.entity_statements c WHERE c.document_id = entities.document_id "
        "AND c.entity_id = entities.entity_id), 0)"_s,
        u"DROP TABLE temp.entity_statements"_s,
        uR"(CREATE TABLE document_addressees (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            addressee TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (document_id, addressee)) WITHOUT ROWID)"_s,
        u"INSERT OR IGNORE INTO document_addressees (document_id, addressee) "
        "SELECT s.document_id, sd.addressee FROM statement_addressees sd "
        "JOIN statements s ON s.id = sd.statement_id ORDER BY 1, 2"_s,
        u"DROP TRIGGER statements_fts_insert"_s,
        u"DROP TRIGGER statements_fts_delete"_s,
        u"DROP TABLE statements_fts"_s,
        uR"(CREATE VIRTUAL TABLE statements_fts USING fts5 (
            text, tags, content = 'statements', content_rowid = 'id',
            tokenize = 'unicode61 remove_diacritics 2'))"_s,
        u"INSERT INTO statements_fts (statements_fts) VALUES ('rebuild')"_s,
        ftsInsertTrigger,
        ftsDeleteTrigger,
        u"DROP TABLE statement_entities"_s,
        u"DROP TABLE statement_themes"_s,
        u"DROP TABLE statement_acts"_s,
        u"DROP TABLE statement_addressees"_s,
        // No query reads the statements by their own kind (the kind filter is a tag): the
        // index cost a B-tree insert per statement added.
        u"DROP INDEX statements_kind"_s,
    };
}

/// Fills the tables of schema 2 from every saved document. A saved copy that no longer reads
/// gets no rows (Library::document() reports it); it does not stop the migration.
bool fillSchema2(const QSqlDatabase &db, QString *error)
{
    QSqlQuery documents(db);
    documents.setForwardOnly(true);
    if (!documents.exec(u"SELECT id, document_json FROM documents"_s)) {
        if (error)
            *error = documents.lastError().text();
        return false;
    }
    QSqlQuery statements(db);
    while (documents.next()) {
        const qint64 documentId = documents.value(0).toLongLong();
        const std::optional<Document> document
            = documentFromJson(documents.value(1).toByteArray(), nullptr);
        if (!document)
            continue;
        if (!librarysql::insertGroupPositions(db, documentId, *document, error))
            return false;
        QHash<QString, qint64> statementIds;
        statements.prepare(u"SELECT action_id, id FROM statements WHERE document_id = ?"_s);
        statements.addBindValue(documentId);
        if (!statements.exec()) {
            if (error)
                *error = statements.lastError().text();
            return false;
        }
        while (statements.next())
            statementIds.insert(statements.value(0).toString(), statements.value(1).toLongLong());
        for (const Action &action : document->actions) {
            const auto id = statementIds.constFind(action.id);
            if (id != statementIds.constEnd()
                && !librarysql::insertAddressees(db, *id, action.addressees, error))
                return false;
        }
    }
    return true;
}

bool run(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

const QList<LibrarySchemaStep> &librarySchemaSteps()
{
    static const QList<LibrarySchemaStep> steps { { schema1 }, { schema2, fillSchema2 },
        { schema3() }, { schema4() } };
    return steps;
}

std::optional<int> libraryVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool migrateLibrary(const QSqlDatabase &db, const QList<QStringList> &steps, QString *error)
{
    QList<LibrarySchemaStep> sqlSteps;
    for (const QStringList &step : steps)
        sqlSteps.append(LibrarySchemaStep(step));
    return migrateLibrary(db, sqlSteps, error);
}

bool migrateLibrary(const QSqlDatabase &db, const QList<LibrarySchemaStep> &steps, QString *error)
{
    QString reason;
    const std::optional<int> version = libraryVersion(db, &reason);
    if (!version) {
        if (error)
            *error = QCoreApplication::translate(
                "re::Library", "the library's version could not be read: %1")
                         .arg(reason);
        return false;
    }
    for (qsizetype step = *version; step < steps.size(); ++step) {
        bool done = run(db, u"BEGIN IMMEDIATE"_s, &reason);
        if (done) {
            for (const QString &sql : steps.at(step).sql) {
                if (!(done = run(db, sql, &reason)))
                    break;
            }
        }
        if (done && steps.at(step).fill)
            done = steps.at(step).fill(db, &reason);
        done = done && run(db, u"PRAGMA user_version = %1"_s.arg(step + 1), &reason)
            && run(db, u"COMMIT"_s, &reason);
        if (!done) {
            run(db, u"ROLLBACK"_s, nullptr);
            if (error)
                *error = QCoreApplication::translate(
                    "re::Library", "the library could not be updated from version %1 to %2: %3")
                             .arg(step)
                             .arg(step + 1)
                             .arg(reason);
            return false;
        }
    }
    return true;
}

} // namespace re
