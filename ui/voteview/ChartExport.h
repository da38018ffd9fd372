// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ImageExport.h"

#include <QList>
#include <QString>
#include <optional>

class QPainter;

namespace re {

struct Document;

/// The vote charts: the totals (donut), the hemicycle, and stacked bars per political group
/// or per country (only with roll-call data).
enum class ChartKind { Totals, Hemicycle, Groups, Countries };

/// "totals", "hemicycle", "groups", "countries" (case-insensitive); nullopt otherwise.
std::optional<ChartKind> chartKindFromString(const QString &text);
/// "totals", "hemicycle", "groups", "countries".
QString chartKindKey(ChartKind kind);
/// "Totals", "Hemicycle", "Groups", "Countries" (translated).
QString chartKindLabel(ChartKind kind);

/// The kinds a document can show: none without a vote; Totals and Hemicycle with one; Groups
/// and Countries only when roll-call breakdowns are attached.
QList<ChartKind> availableChartKinds(const Document &document);

/// Why `kind` cannot be drawn for the document (one sentence), or an empty string.
QString chartUnavailableReason(const Document &document, ChartKind kind);

/// Suggested export size for a kind (the country chart is taller), with the header as title.
ImageExportOptions chartExportOptions(const Document &document, ChartKind kind);

/// "EU strategic defence ... — 2025/2119(INI), 11/02/2026".
QString chartHeader(const Document &document);

/// The one-line source note under an exported chart: the Legislative Observatory and the
/// procedure, and, for a breakdown, where its roll-call data came from.
QString chartSourceNote(const Document &document, ChartKind kind);

/// Paints the exported image: header (title, reference, date), the result with the totals,
/// and the chart, black on white. Needs a QApplication (the charts are graphics items).
/// Paints only the header when the kind is unavailable.
void paintChartImage(
    QPainter &painter, const QRectF &target, const Document &document, ChartKind kind);

/// Exports one chart of the document's vote to PNG, SVG or PDF (by the file's extension). False
/// with one sentence in *error when the document cannot give that chart or the file cannot be
/// written. Works headless (QT_QPA_PLATFORM=offscreen).
bool exportChart(const Document &document, ChartKind kind, const QString &path,
    const ImageExportOptions &options, QString *error);

/// The bytes exportChart() would write to `path`; nullopt with one sentence in *error.
std::optional<QByteArray> chartImageFile(const Document &document, ChartKind kind,
    const QString &path, const ImageExportOptions &options, QString *error);

} // namespace re
