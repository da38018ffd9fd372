// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace re {

/// The CSV export's header row, without the line end.
constexpr const char *ActionCsvHeader
    = "id,verb,text,addressees,entities,entity_names,themes,section,section_title,paragraph,acts,"
      "procedure";

/// One CSV field as UTF-8, quoted (quotes doubled) only when RFC 4180 requires it.
QByteArray csvField(const QString &text);

/// The given actions (indexes into document.actions, in the order given; indexes out of range
/// are skipped) as CSV per RFC 4180: UTF-8 without BOM, CRLF after every record, fields
/// quoted when they hold a comma, a double quote, CR or LF, list fields joined with "; ".
/// Columns: ActionCsvHeader; docs/FORMAT.md describes each.
QByteArray actionsToCsv(const Document &document, const QList<int> &actionIndexes);

/// The given actions as an indented UTF-8 JSON array of action objects: the keys of the
/// document format plus "section_title", "entity_names" and "procedure" (the reference).
QByteArray actionsToJson(const Document &document, const QList<int> &actionIndexes);

/// The export for a destination: ".json" (any case) gives JSON, ".csv" or "-" (standard
/// output) CSV. Other names give nullopt and one sentence in *error (when not null). Writes
/// nothing: callers write the bytes (writeFileAtomically) or print them.
std::optional<QByteArray> actionsExport(const Document &document, const QList<int> &actionIndexes,
    const QString &pathOrDash, QString *error);

} // namespace re
