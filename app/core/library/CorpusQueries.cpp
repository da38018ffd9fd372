// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus queries of Library: what corpus mode shows of many documents side by side.
#include "library/Library.h"
#include "library/LibrarySql.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace re {

using librarysql::Condition;
using librarysql::connection;
using librarysql::idsIn;
using librarysql::prepareAndRun;

namespace {

/// " WHERE column IN (...)", or empty for every document.
QString documentsClause(const QString &column, const QList<qint64> &ids)
{
    return ids.isEmpty() ? QString() : u" WHERE "_s + idsIn(column, ids);
}

QString folderOf(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absolutePath());
}

/// How a page of statements is read (docs/PERFORMANCE.md, item 32). Display order is the
/// statement ids' order, which is the full-text index's rowid order. With words or tags
/// (librarysql::fullTextMatch(): entities, theme, kind, addressee) over the whole library, FTS5
/// gives the matches in that order and the page stops at its end. With them in some documents,
/// that walk tests every match on the way to the page, all of them for a few documents dated
/// last: it is taken only when the matches are few enough to be walked whole (at most
/// MatchesWalked a row of the page), else the documents are walked by date and their
/// statements tested against the matches. Without either, the statements are walked by id, or
/// the documents by date when the query names some.
librarysql::StatementScan pageScan(
    const QSqlDatabase &db, const CorpusQuery &corpusQuery, qint64 rows)
{
    constexpr qint64 MatchesWalked = 20;
    const QString match = librarysql::fullTextMatch(corpusQuery);
    if (corpusQuery.documentIds.isEmpty())
        return match.isEmpty() ? librarysql::StatementScan::Indexed
                               : librarysql::StatementScan::FullTextOrder;
    if (match.isEmpty())
        return librarysql::StatementScan::DocumentOrder;
    const std::optional<qint64> matches = librarysql::fullTextCount(db, match);
    const bool few = matches && *matches <= MatchesWalked * rows;
    return few ? librarysql::StatementScan::FullTextOrder
               : librarysql::StatementScan::DocumentOrder;
}

} // namespace

QString procedureTypeOf(const QString &reference)
{
    static const QRegularExpression suffix(u"\\(([A-Za-z]+)\\)\\s*$"_s);
    const QRegularExpressionMatch match = suffix.match(reference);
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

QList<LibraryEntry> Library::documents(const CorpusSelection &selection) const
{
    Condition condition;
    librarysql::addYearRange(condition, selection.yearFrom, selection.yearTo);
    if (const QString match = ftsQuery(selection.text); !match.isEmpty()) {
        condition.clauses.append(
            u"d.id IN (SELECT s.document_id FROM statements s WHERE s.id IN "
            "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?))"_s);
        condition.values.append(match);
    }
    QSet<QString> types;
    for (const QString &type : selection.procedureTypes) {
        if (!type.trimmed().isEmpty())
            types.insert(type.trimmed().toUpper());
    }
    const QString folder = selection.folder.isEmpty()
        ? QString()
        : QDir::cleanPath(QFileInfo(selection.folder).absoluteFilePath());

    QList<LibraryEntry> entries;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT "_s + librarysql::entryColumns() + u" FROM documents d"_s
                + librarysql::whereClause(condition) + u" ORDER BY d.date, d.reference, d.id"_s,
            condition))
        return entries;
    while (query.next()) {
        LibraryEntry entry = librarysql::readEntry(query);
        if (!types.isEmpty() && !types.contains(entry.procedureType))
            continue;
        if (!folder.isEmpty() && folderOf(entry.sourcePath) != folder)
            continue;
        entries.append(entry);
    }
    return entries;
}

QList<CorpusStatement> Library::statements(
    const CorpusQuery &corpusQuery, int offset, int limit) const
{
    QList<CorpusStatement> result;
    if (limit <= 0)
        return result;
    // Only the rows up to the page's end are read, and no match is sorted but within a date
    // (pageScan()). CROSS JOIN keeps SQLite to the scan's order of the tables; without words
    // or document ids (StatementScan::Indexed), the statements are walked by id, the other
    // conditions tested on each.
    using librarysql::StatementScan;
    const StatementScan scan
        = pageScan(connection(m_connection), corpusQuery, qint64(std::max(0, offset)) + limit);
    Condition condition = librarysql::corpusCondition(corpusQuery, scan);
    condition.values.append(limit);
    condition.values.append(std::max(0, offset));
    QString from;
    QString order;
    switch (scan) {
    case StatementScan::FullTextOrder:
        from = u"statements_fts CROSS JOIN statements s ON s.id = statements_fts.rowid "
               "CROSS JOIN documents d ON d.id = s.document_id"_s;
        order = u"statements_fts.rowid"_s;
        break;
    case StatementScan::DocumentOrder:
        // The same order as s.id alone (an id begins with its document's day), sorted only
        // among the statements of one date.
        from = u"documents d CROSS JOIN statements s ON d.id = s.document_id"_s;
        order = u"d.date, s.id"_s;
        break;
    case StatementScan::Indexed:
        from = u"statements s CROSS JOIN documents d ON d.id = s.document_id"_s;
        order = u"s.id"_s;
        break;
    }
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT "_s + librarysql::statementColumns() + u" FROM "_s + from
                + librarysql::whereClause(condition) + u" ORDER BY "_s + order
                + u" LIMIT ? OFFSET ?"_s,
            condition))
        return result;
    while (query.next())
        result.append(librarysql::readStatement(query));
    return result;
}

CorpusMatrix Library::matrix(const QList<qint64> &documentIds, MatrixOrder order) const
{
    CorpusMatrix matrix;
    const QSet<qint64> wanted(documentIds.cbegin(), documentIds.cend());
    QHash<qint64, int> column;
    for (const LibraryEntry &entry : documents()) {
        if (wanted.isEmpty() || wanted.contains(entry.id)) {
            column.insert(entry.id, int(matrix.documents.size()));
            matrix.documents.append(entry);
        }
    }
    if (matrix.documents.isEmpty())
        return matrix;

    QSqlQuery query(connection(m_connection));
    QHash<QString, qsizetype> rowOf;
    QSet<QPair<qint64, QString>> placed; // (document, entity): one cell each
    if (!prepareAndRun(query,
            u"SELECT document_id, entity_id, name, kind, role, statements FROM entities"_s
                + documentsClause(u"document_id"_s, documentIds) + u" ORDER BY rowid"_s,
            {}))
        return matrix;
    while (query.next()) {
        const qint64 documentId = query.value(0).toLongLong();
        const QString entityId = query.value(1).toString();
        const auto at = column.constFind(documentId);
        if (entityId.isEmpty() || at == column.constEnd())
            continue;
        auto row = rowOf.constFind(entityId);
        if (row == rowOf.constEnd()) {
            MatrixRow added;
            added.entityId = entityId;
            added.name = query.value(2).toString();
            added.kind = query.value(3).toString();
            added.firstDocument = *at;
            row = rowOf.insert(entityId, matrix.rows.size());
            matrix.rows.append(added);
        }
        MatrixRow &target = matrix.rows[*row];
        const QPair<qint64, QString> cellKey { documentId, entityId };
        if (placed.contains(cellKey))
            continue;
        placed.insert(cellKey);
        MatrixCell cell;
        cell.documentId = documentId;
        cell.role = query.value(4).toString();
        cell.statements = query.value(5).toInt();
        target.cells.append(cell);
        if (*at < target.firstDocument) {
            // The name and kind it has in the first document naming it.
            target.firstDocument = *at;
            target.name = query.value(2).toString();
            target.kind = query.value(3).toString();
        }
    }

    for (MatrixRow &row : matrix.rows) {
        std::sort(row.cells.begin(), row.cells.end(),
            [&column](const MatrixCell &a, const MatrixCell &b) {
                return column.value(a.documentId) < column.value(b.documentId);
            });
        row.statements = 0;
        row.roleChanges = 0;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            row.statements += row.cells.at(i).statements;
            if (i > 0 && row.cells.at(i).role != row.cells.at(i - 1).role)
                ++row.roleChanges;
        }
    }

    const auto byName = [](const MatrixRow &a, const MatrixRow &b) {
        const int compared = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return compared != 0 ? compared < 0 : a.entityId < b.entityId;
    };
    std::stable_sort(matrix.rows.begin(), matrix.rows.end(),
        [order, &byName](const MatrixRow &a, const MatrixRow &b) {
            if (order == MatrixOrder::Count && a.statements != b.statements)
                return a.statements > b.statements;
            if (order == MatrixOrder::RoleChanges && a.roleChanges != b.roleChanges)
                return a.roleChanges > b.roleChanges;
            if (a.firstDocument != b.firstDocument)
                return a.firstDocument < b.firstDocument;
            if (a.statements != b.statements)
                return a.statements > b.statements;
            return byName(a, b);
        });
    return matrix;
}

QHash<QString, int> Library::resolutionsNaming(const QList<qint64> &documentIds) const
{
    QHash<QString, int> naming;
    QSqlQuery query(connection(m_connection));
    // A document has one row per entity it names (the writer keeps the first of a repeated
    // id), so its rows count the documents: read from the entity index alone, where counting
    // distinct documents sorted every row (136 ms against 8 ms for 10 000 resolutions).
    if (!prepareAndRun(query,
            u"SELECT entity_id, count(*) FROM entities"_s
                + documentsClause(u"document_id"_s, documentIds) + u" GROUP BY entity_id"_s,
            {}))
        return naming;
    while (query.next())
        naming.insert(query.value(0).toString(), query.value(1).toInt());
    return naming;
}

QList<DocumentGroupVotes> Library::groupVotes(const QList<qint64> &documentIds) const
{
    QHash<qint64, QList<GroupPosition>> positions;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT document_id, code, label, short_label, votes_for, against, abstentions, "
            "did_not_vote FROM document_groups"_s
                + documentsClause(u"document_id"_s, documentIds)
                + u" ORDER BY document_id, position"_s,
            {}))
        return {};
    while (query.next()) {
        GroupPosition position;
        position.group = query.value(1).toString();
        position.label = query.value(2).toString();
        position.shortLabel = query.value(3).toString();
        position.votesFor = query.value(4).toInt();
        position.against = query.value(5).toInt();
        position.abstentions = query.value(6).toInt();
        position.absent = query.value(7).toInt();
        positions[query.value(0).toLongLong()].append(position);
    }
    QList<DocumentGroupVotes> result;
    if (positions.isEmpty())
        return result; // most libraries: no list of every document to read
    for (const LibraryEntry &entry : documents()) {
        const auto found = positions.constFind(entry.id);
        if (found != positions.constEnd())
            result.append({ entry, *found });
    }
    return result;
}

QList<QPair<QString, QString>> Library::entities(const QList<qint64> &documentIds) const
{
    QList<QPair<QString, QString>> result;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT entity_id, min(name) FROM entities"_s
                + documentsClause(u"document_id"_s, documentIds)
                + u" GROUP BY entity_id ORDER BY 2 COLLATE NOCASE, 1"_s,
            {}))
        return result;
    while (query.next())
        result.append({ query.value(0).toString(), query.value(1).toString() });
    return result;
}

QStringList Library::addressees(const QList<qint64> &documentIds) const
{
    QStringList result;
    QSqlQuery query(connection(m_connection));
    if (!prepareAndRun(query,
            u"SELECT DISTINCT addressee FROM document_addressees"_s
                + documentsClause(u"document_id"_s, documentIds) + u" ORDER BY 1"_s,
            {}))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace re
