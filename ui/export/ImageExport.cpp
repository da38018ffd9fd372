// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ImageExport.h"

#include "io/AtomicWrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHash>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace re {

namespace {

constexpr int kMaxPixels = 16384; ///< largest rendered side in device pixels
// The PDF device works in CSS pixels too: a higher resolution would scale point-sized fonts
// (which the painter converts with the device's DPI) differently from the geometry.
constexpr int kPdfResolution = 96;

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::ImageExport)
};

/// The family written into vector output: DejaVu Sans when installed, else what the default
/// font really resolves to (never a Qt alias such as "Sans Serif").
QString explicitFamily()
{
    static const QString family = [] {
        const QString dejaVu = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::hasFamily(dejaVu))
            return dejaVu;
        return QFontInfo(QFont()).family();
    }();
    return family;
}

void prepare(QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font = painter.font();
    font.setFamily(explicitFamily());
    painter.setFont(font);
}

qreal devicePixelRatio(const ImageExportOptions &options)
{
    return options.dpi / 96.0;
}

QSize physicalSize(const ImageExportOptions &options)
{
    const qreal dpr = devicePixelRatio(options);
    return QSize(qRound(options.size.width() * dpr), qRound(options.size.height() * dpr));
}

/// One sentence when the options cannot give an image, else an empty string.
QString checkOptions(const ImageExportOptions &options)
{
    if (options.size.width() <= 0 || options.size.height() <= 0)
        return Tr::tr("the image size must be positive");
    if (options.dpi < 24 || options.dpi > 2400)
        return Tr::tr("the resolution must be between 24 and 2400 dpi");
    const QSize physical = physicalSize(options);
    if (physical.width() > kMaxPixels || physical.height() > kMaxPixels)
        return Tr::tr("the image would be larger than %1 pixels on a side").arg(kMaxPixels);
    return {};
}

QImage renderImage(const ImageExportOptions &options, const PaintFunction &paint)
{
    QImage image(physicalSize(options), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(devicePixelRatio(options));
    image.fill(Qt::white);
    {
        // Paint at the default 96 dpi: fonts given in points must keep their logical size.
        QPainter painter(&image);
        prepare(painter);
        if (paint)
            paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    }
    // Only now record the DPI, for the PNG header.
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

/// Replaces every font-family the SVG generator wrote by a family a browser knows.
QByteArray fixSvgFontFamilies(const QByteArray &svg)
{
    static const QRegularExpression familyAttribute(QStringLiteral("font-family=\"([^\"]*)\""));
    QString text = QString::fromUtf8(svg);
    QHash<QString, QString> resolved;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = familyAttribute.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString family = match.captured(1);
        auto found = resolved.find(family);
        if (found == resolved.end()) {
            QString real = QFontDatabase::hasFamily(family) ? family : QString();
            if (real.isEmpty()
                || real.compare(QStringLiteral("Sans Serif"), Qt::CaseInsensitive) == 0)
                real = explicitFamily();
            found = resolved.insert(family, real + QStringLiteral(", sans-serif"));
        }
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QStringLiteral("font-family=\"") + found.value() + QLatin1Char('"');
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray renderSvg(const ImageExportOptions &options, const PaintFunction &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(options.title);
    generator.setDescription(Tr::tr("Made with Resolution Explorer"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    prepare(painter);
    if (paint)
        paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
    painter.end();
    buffer.close();
    return fixSvgFontFamilies(bytes);
}

QByteArray renderPdf(const ImageExportOptions &options, const PaintFunction &paint)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(options.title);
        writer.setCreator(QStringLiteral("Resolution Explorer"));
        // Logical pixels are CSS pixels: 96 per inch, so 72/96 points each.
        const qreal w = options.size.width() * 72.0 / 96.0;
        const qreal h = options.size.height() * 72.0 / 96.0;
        const bool landscape = w > h;
        const QPageSize pageSize(
            QSizeF(std::min(w, h), std::max(w, h)), QPageSize::Point, {}, QPageSize::ExactMatch);
        const QPageLayout layout(pageSize,
            landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
            QPageLayout::Point);
        if (!writer.setPageLayout(layout))
            return {};
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        // Map the logical image onto the whole page.
        const qreal scale = writer.width() / qreal(options.size.width());
        painter.scale(scale, scale);
        prepare(painter);
        if (paint)
            paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
        painter.end();
    }
    buffer.close();
    return bytes;
}

} // namespace

std::optional<ImageFormat> imageFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ImageFormat::Png;
    if (suffix == u"svg")
        return ImageFormat::Svg;
    if (suffix == u"pdf")
        return ImageFormat::Pdf;
    return std::nullopt;
}

std::optional<QByteArray> renderImageFile(const QString &path, const ImageExportOptions &options,
    const PaintFunction &paint, QString *error)
{
    auto fail = [error](const QString &sentence) -> std::optional<QByteArray> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const std::optional<ImageFormat> format = imageFormatForPath(path);
    if (!format)
        return fail(
            Tr::tr("cannot export %1: the file name must end in .png, .svg or .pdf").arg(path));
    const QString problem = checkOptions(options);
    if (!problem.isEmpty())
        return fail(Tr::tr("cannot export %1: %2").arg(path, problem));

    QByteArray bytes;
    switch (*format) {
    case ImageFormat::Png:
        bytes = pngBytes(renderImage(options, paint));
        break;
    case ImageFormat::Svg:
        bytes = renderSvg(options, paint);
        break;
    case ImageFormat::Pdf:
        bytes = renderPdf(options, paint);
        break;
    }
    if (bytes.isEmpty())
        return fail(Tr::tr("cannot export %1: the image could not be rendered").arg(path));
    return bytes;
}

bool exportImage(const QString &path, const ImageExportOptions &options, const PaintFunction &paint,
    QString *error)
{
    const std::optional<QByteArray> bytes = renderImageFile(path, options, paint, error);
    // The one atomic writer: a failed write (full disk, read-only folder) leaves no file.
    return bytes && writeFileAtomically(path, *bytes, error);
}

qreal drawParagraph(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
    const QColor &colour)
{
    painter.setFont(font);
    painter.setPen(colour);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF bounds = painter.boundingRect(area, flags, text);
    painter.drawText(QRectF(area.topLeft(), QSizeF(area.width(), bounds.height())), flags, text);
    return bounds.height();
}

qreal drawFootNote(QPainter &painter, const QRectF &area, const QString &text, const QFont &font,
    const QColor &colour)
{
    painter.setFont(font);
    const qreal height
        = painter.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, text).height();
    drawParagraph(painter, QRectF(area.left(), area.bottom() - height, area.width(), height), text,
        font, colour);
    return height;
}

QByteArray renderPng(const ImageExportOptions &options, const PaintFunction &paint)
{
    if (!checkOptions(options).isEmpty())
        return {};
    return pngBytes(renderImage(options, paint));
}

} // namespace re
