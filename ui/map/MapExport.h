// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ImageExport.h"
#include "map/CorpusMapStyle.h"
#include "map/VoteMapStyle.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace re {

struct Document;

/// Writes the map of a document to `path` (PNG, SVG or PDF by extension): the document's title
/// and reference, the map of `region` (map coordinates, see MapPane::visibleRegion(); the whole
/// world when empty), labels and the legend, coloured as `colouring` says: by partners, or by
/// how each member state's MEPs voted (VoteMapStyle: framed on Europe whatever `region`; one
/// sentence when the vote has no breakdown by country), or by how many of a corpus's
/// resolutions name each country (`corpus`; one sentence when there is no corpus). Works
/// without a display (QT_QPA_PLATFORM=offscreen). Returns false with one sentence in *error.
bool exportMap(const Document &document, const QString &path, const ImageExportOptions &options,
    QString *error, const QRectF &region = {}, MapColouring colouring = MapColouring::Partners,
    const CorpusMapStyle &corpus = {});

/// The bytes exportMap() would write to `path`; nullopt with one sentence in *error.
std::optional<QByteArray> mapImageFile(const Document &document, const QString &path,
    const ImageExportOptions &options, QString *error, const QRectF &region = {},
    MapColouring colouring = MapColouring::Partners, const CorpusMapStyle &corpus = {});

/// The same image as PNG bytes, for the clipboard (framed as exportMap() frames it); empty when
/// it cannot be drawn (the vote map without data by country, options out of bounds).
QByteArray mapPngBytes(const Document &document, const ImageExportOptions &options,
    const QRectF &region = {}, MapColouring colouring = MapColouring::Partners,
    const CorpusMapStyle &corpus = {});

/// The source note at the foot of an exported map: the Legislative Observatory and the
/// procedure, and the map's Natural Earth.
QString mapSourceNote(const Document &document, MapColouring colouring);

/// Paints the same image into `target` (used by exportMap() and mapPngBytes()). The map is
/// clipped to its frame in its geometry too, not only by the painter's clip (which the SVG
/// generator ignores), and its lines have their width in pixels without cosmetic pens (which
/// other SVG renderers draw scaled with the map). The corpus colouring without a corpus draws
/// the partners.
void paintMapImage(QPainter &painter, const QRectF &target, const Document &document,
    const QRectF &region = {}, MapColouring colouring = MapColouring::Partners,
    const CorpusMapStyle &corpus = {});

} // namespace re
