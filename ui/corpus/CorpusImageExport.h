// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "export/ImageExport.h"
#include "library/Library.h"
#include "voteview/ChartStyle.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

namespace re {

/// The vote margin of a document: (for − against) as a percentage of the votes cast (for,
/// against and abstentions); nullopt when it states no vote or none was cast.
std::optional<double> voteMargin(const LibraryEntry &entry);

/// Where the timeline drew one resolution's marker (for hover and click).
struct TimelineMarker
{
    qint64 documentId = 0;
    QRectF bounds; ///< the marker's circle
};

/// The timeline of a corpus's resolutions in `area`: x the date, y the vote margin (a band
/// below for those that state no vote), one marker per dated resolution sized by its number of
/// statements and labelled by its reference where labels do not overlap. Undated resolutions
/// are left out. `scale` multiplies marker sizes and spacing (1 on screen). Returns the markers.
QList<TimelineMarker> paintTimelineChart(QPainter &painter, const QRectF &area,
    const QList<LibraryEntry> &documents, const ChartStyle &style, qreal scale = 1);

/// The timeline image: `title` as header, the chart, a source note; black on white.
void paintTimelineImage(QPainter &painter, const QRectF &target,
    const QList<LibraryEntry> &documents, const QString &title);
/// Suggested size of the timeline image, `title` as the file's title.
ImageExportOptions timelineExportOptions(const QString &title);
/// The bytes of the timeline as PNG, SVG or PDF (by the extension), for writers that write
/// several files together; nullopt with one sentence in *error. Works headless.
std::optional<QByteArray> timelineImageFile(const QList<LibraryEntry> &documents,
    const QString &title, const QString &path, const ImageExportOptions &options, QString *error);
/// Writes timelineImageFile() atomically; false with one sentence in *error.
bool exportTimeline(const QList<LibraryEntry> &documents, const QString &title, const QString &path,
    const ImageExportOptions &options, QString *error);

/// The role of a matrix cell (MatrixCell::role is its key); Mentioned for an unknown key.
EntityRole matrixCellRole(const MatrixCell &cell);
/// Black or white, whichever reads better on a cell of this fill.
QColor matrixCellText(const QColor &fill);

/// The partner x resolution matrix image: `title` as header, one row per entity (its name),
/// one column per resolution by date (its reference and date, slanted), each cell filled with
/// the entity's role colour (RolePalette, hatched like the map) and its number of statements;
/// a legend of the roles shown and a source note. Black on white.
void paintMatrixImage(
    QPainter &painter, const QRectF &target, const CorpusMatrix &matrix, const QString &title);
/// The size that gives each row and column room (at least 800 x 500), `title` as the title.
ImageExportOptions matrixExportOptions(const CorpusMatrix &matrix, const QString &title);
/// The bytes of the matrix as PNG or SVG (by the extension); nullopt with one sentence in
/// *error (also for another extension). Works headless.
std::optional<QByteArray> matrixImageFile(const CorpusMatrix &matrix, const QString &title,
    const QString &path, const ImageExportOptions &options, QString *error);
/// Writes matrixImageFile() atomically; false with one sentence in *error.
bool exportMatrix(const CorpusMatrix &matrix, const QString &title, const QString &path,
    const ImageExportOptions &options, QString *error);

} // namespace re
