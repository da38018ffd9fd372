// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QSize>
#include <QString>
#include <functional>
#include <optional>

class QColor;
class QFont;
class QPainter;

namespace re {

enum class ImageFormat { Png, Svg, Pdf };

/// PNG, SVG or PDF from the file name's extension (case-insensitive); nullopt otherwise.
std::optional<ImageFormat> imageFormatForPath(const QString &path);

struct ImageExportOptions
{
    QSize size { 1200, 800 }; ///< logical size in pixels (CSS pixels for SVG)
    int dpi = 96; ///< PNG: pixels are size * dpi / 96 and the header carries the DPI
    QString title; ///< SVG <title> and PDF title
};

/// Draws into the painter within `target` (logical coordinates of options.size).
using PaintFunction = std::function<void(QPainter &painter, const QRectF &target)>;

/// Renders `paint` to `path` as PNG, SVG (real text, viewBox, explicit font family) or PDF
/// (vector, page in the image's aspect, no margins), written atomically through QSaveFile:
/// a failed export leaves no partial file. Returns false with one sentence in *error.
bool exportImage(const QString &path, const ImageExportOptions &options, const PaintFunction &paint,
    QString *error);

/// The bytes exportImage() would write to `path`, for writers that write several files
/// together (AtomicWriteBatch); nullopt with one sentence in *error.
std::optional<QByteArray> renderImageFile(const QString &path, const ImageExportOptions &options,
    const PaintFunction &paint, QString *error);

/// The same image as PNG bytes (for the clipboard).
QByteArray renderPng(const ImageExportOptions &options, const PaintFunction &paint);

/// Draws word-wrapped text at the top of `area` and returns its height.
qreal drawParagraph(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
    const QColor &colour);
/// Draws a word-wrapped note (an image's source line) at the foot of `area` and returns its
/// height, so that the caller can take it off the area.
qreal drawFootNote(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
    const QColor &colour);

} // namespace re
