// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the library: the SQL shared by Library.cpp, CorpusQueries.cpp and the schema's
// migrations. Not used outside app/core/library.

#include "library/Corpus.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace re {

struct Document;

namespace librarysql {

QSqlDatabase connection(const QString &name);

/// The WHERE clause of a query and its values, in order.
struct Condition
{
    QStringList clauses;
    QVariantList values;
};

/// The conditions of a statement query over `statements s JOIN documents d`. With
/// `inDisplayOrder`, the words' and the document ids' conditions are written so that SQLite
/// does not look rows up through them (`+s.id`, `+d.id`) but walks the documents by date and
/// their statements in order, testing them: a page of a common word then costs the rows
/// walked to fill it, not a sort of every match.
Condition corpusCondition(const CorpusQuery &query, bool inDisplayOrder = false);
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
