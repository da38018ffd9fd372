// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the library: the SQL shared by Library.cpp, CorpusQueries.cpp and the schema's
// migrations. Not used outside app/core/library.

#include "library/Corpus.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace re {

struct Document;

namespace librarysql {

QSqlDatabase connection(const QString &name);

/// Statement ids follow display order: (day << StatementDayShift) + sequence, the day being
/// statementDay() of the document's date and the sequence counting from 1, within the day, in
/// the order the statements were added (a document's statements together, in reading order).
/// The full-text index's rowid is the statement id, so FTS5 gives a word's matches already in
/// display order.
constexpr int StatementDayShift = 24;
/// The largest sequence of one day.
constexpr qint64 StatementSequenceMask = (qint64(1) << StatementDayShift) - 1;
/// The day of a statement id: the Julian day of its document's date (QDate::toJulianDay()),
/// 0 for an undated document, or for a date that the documents table stores as none (a year
/// outside 1-9999, which has no ISO form). The SQL form of the same day, of an ISO date text
/// column, is statementDaySql().
qint64 statementDay(const QDate &date);
/// statementDay() of the ISO date in `column` (NULL: 0), in SQL.
QString statementDaySql(const QString &column);

/// What a statement is filtered by, each value one token of statements.tags (schema 4),
/// indexed by the full-text index's `tags` column.
enum class Tag : char {
    Entity = 'e', ///< an entity it involves (Involvement::involved())
    Theme = 't',
    Act = 'k', ///< the kind (verbKindKey()) of one of its speech acts
    Addressee = 'a',
};
/// The token of one value: the tag's letter, then the value's UTF-8 bytes in hex, so that the
/// tokenizer keeps any value whole and apart from words. Themes and addressees have their
/// ASCII letters folded to lower case first, as SQLite's lower() and COLLATE NOCASE fold them.
QByteArray statementTag(Tag tag, const QByteArray &utf8Value);
/// The corpus query's words and tags as one FTS5 query (each part a column filter, all of
/// them required); empty when it has neither.
QString fullTextMatch(const CorpusQuery &query);
/// Whether fullTextMatch() is the whole query: no year range and no documents named.
bool onlyFullText(const CorpusQuery &query);
/// The statements the full-text index matches for `match` (fullTextMatch()), counted by the
/// index alone; nullopt when the query fails.
std::optional<qint64> fullTextCount(const QSqlDatabase &db, const QString &match);

/// The WHERE clause of a query and its values, in order.
struct Condition
{
    QStringList clauses;
    QVariantList values;
};

/// How a statement query reads the statements.
enum class StatementScan {
    /// Through whichever index SQLite finds best: `statements s JOIN documents d`, the words a
    /// condition on `s.id` (for counts and whole lists).
    Indexed,
    /// In the full-text index's rowid order, which is display order, stopping at the page's
    /// end: the words as `statements_fts MATCH ?` (the query starts from `statements_fts`), the
    /// document ids tested on each match (`+s.document_id`) rather than looked up.
    FullTextOrder,
    /// The documents by date, then each one's statements (`documents d CROSS JOIN statements
    /// s`, in display order when sorted by `d.date, s.id`, which sorts only within a date):
    /// the words and the document ids tested (`+s.id`, `+d.id`) rather than looked up, so
    /// that documents outside the ids cost one index entry each.
    DocumentOrder,
};

/// The conditions of a statement query over `statements s` and `documents d` (and, with words
/// in StatementScan::FullTextOrder, `statements_fts`).
Condition corpusCondition(const CorpusQuery &query, StatementScan scan = StatementScan::Indexed);
/// Adds the conditions of documents dated in [yearFrom, yearTo] (0: no bound) on `d.date`.
void addYearRange(Condition &condition, int yearFrom, int yearTo);
/// " WHERE a AND b", or empty.
QString whereClause(const Condition &condition);
/// "column IN (1, 2, 3)": the ids written out (they are numbers), so that no number of
/// documents runs into SQLite's limit on bound values.
QString idsIn(const QString &column, const QList<qint64> &ids);
/// Prepares `sql`, binds the condition's values and runs it forward-only; false (with a
/// warning) on a driver error.
bool prepareAndRun(QSqlQuery &query, const QString &sql, const Condition &condition);

/// The columns readEntry() reads, of `documents d`.
QString entryColumns();
LibraryEntry readEntry(const QSqlQuery &query);

/// The columns readStatement() reads, of `statements s` joined with `documents d`.
QString statementColumns();
CorpusStatement readStatement(const QSqlQuery &query);

/// Writes the per-group positions of the document's vote (none without a breakdown).
bool insertGroupPositions(
    const QSqlDatabase &db, qint64 documentId, const Document &document, QString *error);
/// Writes the addressees of one statement.
bool insertAddressees(
    const QSqlDatabase &db, qint64 statementId, const QStringList &addressees, QString *error);

} // namespace librarysql
} // namespace re
