// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// A comma-separated table (RFC 4180): quoted fields may hold commas, doubled quotes and line
/// breaks. Blank lines are skipped; a UTF-8 byte order mark is dropped.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; ///< 1-based line number where each row starts

    /// Index of a header column (exact name after trimming), -1 if absent.
    int column(const QString &name) const;
};

/// The most fields a table may hold: every roll-call file (at most 10,000 members, a few dozen
/// columns) fits, and memory stays within a small multiple of the file's size.
constexpr qsizetype MaxCsvFields = 1'000'000;

/// Parses UTF-8 CSV text; nullopt with one sentence in *error (naming the line) when a quoted
/// field is not closed, the text is empty or it holds more than MaxCsvFields fields.
std::optional<CsvTable> parseCsv(const QByteArray &data, QString *error);

} // namespace re
