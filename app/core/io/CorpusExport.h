// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Corpus.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace re {

/// The header row of the corpus statements CSV, without the line end.
constexpr const char *CorpusStatementCsvHeader = "reference,title,date,id,verb,section_title,text";

/// Statements of a corpus as CSV per RFC 4180 (UTF-8 without BOM, CRLF after every record,
/// fields quoted when they hold a comma, a double quote, CR or LF), one row each, in the order
/// given. Columns: CorpusStatementCsvHeader; docs/FORMAT.md describes each.
QByteArray corpusStatementsToCsv(const QList<CorpusStatement> &statements);
/// The same statements as an indented UTF-8 JSON array of objects with the CSV's columns as
/// keys; a document without a date has "date": null.
QByteArray corpusStatementsToJson(const QList<CorpusStatement> &statements);
/// ".json" (any case) gives JSON, ".csv" or "-" CSV; other names nullopt with one sentence in
/// *error (when not null).
std::optional<QByteArray> corpusStatementsExport(
    const QList<CorpusStatement> &statements, const QString &pathOrDash, QString *error);

/// What names a document in a corpus export's header: its reference, or, without one, its
/// source file's name.
QString corpusDocumentLabel(const LibraryEntry &entry);

/// The entity x resolution matrix as CSV (the same conventions): a header row
/// "entity,name,kind,resolutions,statements,role_changes" followed by one column per document
/// (corpusDocumentLabel()), then one row per entity in the matrix's order. A cell is
/// "ROLE:N" (the role key and the document's statements involving the entity), empty when the
/// document does not name it.
QByteArray corpusMatrixToCsv(const CorpusMatrix &matrix);

} // namespace re
