// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/VoteMapStyle.h"
#include "model/ActionFilter.h"

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <optional>

class QPagedPaintDevice;

namespace re {

struct Document;

/// What a brief shows besides the document and its statements.
struct BriefOptions
{
    /// The filter the statements were chosen by, told in words at the top.
    ActionFilter filter;
    /// The map's region, in map coordinates (MapPane::visibleRegion()); empty: the world.
    QRectF mapRegion;
    MapColouring mapColouring = MapColouring::Partners;
};

/// The filter in words: "Statements naming Norway; kind: Call"; "All statements" for none.
QString briefFilterDescription(const Document &document, const ActionFilter &filter);

/// The page a brief is laid out for: A4 portrait with margins (a printer may change it).
QPageLayout briefPageLayout();

/// Paints the brief on a paged device (QPdfWriter, QPrinter) in the device's page layout: the
/// title, reference, date, stage and the filter in words; the vote (its totals in words and
/// the totals chart); the map as exportMap() draws it; the statements `actionIndexes` (in that
/// order) under their section titles, each with its kind, or a sentence saying there are none;
/// the sources. Statements continue on the following pages, broken only between lines; each
/// page says "Page N of M", and the pages after the first carry the reference. All the words
/// are text, not pictures of text. Needs a QApplication (the chart is a graphics item).
/// Returns false when the device cannot be painted on.
bool paintBrief(QPagedPaintDevice *device, const Document &document,
    const QList<int> &actionIndexes, const BriefOptions &options);

/// The PDF bytes exportBrief() writes; nullopt with one sentence in *error (a path that does
/// not end in .pdf, a PDF that could not be made).
std::optional<QByteArray> briefFile(const QString &path, const Document &document,
    const QList<int> &actionIndexes, const BriefOptions &options, QString *error);

/// Writes the brief as a PDF to `path`, atomically (writeFileAtomically(): a failed export
/// leaves no partial file). Returns false with one sentence in *error.
bool exportBrief(const QString &path, const Document &document, const QList<int> &actionIndexes,
    const BriefOptions &options, QString *error);

} // namespace re
