// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/CorpusImageExport.h"

#include "common/RolePalette.h"
#include "io/AtomicWrite.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CorpusImageExport)
};

/// Okabe-Ito blue and vermillion: a resolution adopted with more votes for than against, and
/// one with more against.
const QColor ForColour(0x00, 0x72, 0xb2);
const QColor AgainstColour(0xd5, 0x5e, 0x00);

/// The ticks of the date axis: their dates and labels, years for a span of two years or more,
/// else months as far apart as the labels need.
QList<std::pair<QDate, QString>> dateTicks(
    const QDate &from, const QDate &to, qreal width, const QFontMetricsF &metrics)
{
    QList<std::pair<QDate, QString>> ticks;
    const qint64 span = from.daysTo(to);
    if (span >= 730) {
        const int years = to.year() - from.year() + 1;
        const int step = std::max(1,
            int(std::ceil(years * metrics.horizontalAdvance(u"0000  "_s) / std::max(1.0, width))));
        for (int year = from.year() + 1; year <= to.year(); ++year) {
            if (year % step == 0)
                ticks.append({ QDate(year, 1, 1), QString::number(year) });
        }
        return ticks;
    }
    const QLocale locale;
    const qreal labelWidth
        = metrics.horizontalAdvance(locale.toString(QDate(2000, 9, 1), u"MMM yyyy"_s)) * 1.4;
    const int months = std::max(1, int(span / 30));
    int step = 1;
    for (const int candidate : { 1, 2, 3, 6, 12 }) {
        step = candidate;
        if (months / candidate * labelWidth <= width)
            break;
    }
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        if (month > from && (month.month() - 1) % step == 0)
            ticks.append({ month, locale.toString(month, u"MMM yyyy"_s) });
    }
    return ticks;
}

/// The rectangles already taken on a chart, filed in a grid of cells so that placing a label
/// looks at its neighbours only: with 10 000 resolutions, testing every marker for every label
/// made the first paint quadratic. A rectangle outside the grid is filed in its border cells,
/// where any rectangle it could meet is filed too.
class TakenAreas
{
public:
    TakenAreas(const QRectF &area, qreal cell)
        : m_origin(area.topLeft())
        , m_cell(std::max<qreal>(1, cell))
        , m_columns(std::max(1, int(std::ceil(area.width() / m_cell))))
        , m_rows(std::max(1, int(std::ceil(area.height() / m_cell))))
        , m_cells(size_t(m_columns) * size_t(m_rows))
    { }

    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forEachCell(rect, [index](std::vector<int> &cell) {
            cell.push_back(index);
            return false;
        });
    }

    bool intersects(const QRectF &rect)
    {
        return forEachCell(rect, [&](const std::vector<int> &cell) {
            return std::any_of(cell.cbegin(), cell.cend(),
                [&](int index) { return m_rects[size_t(index)].intersects(rect); });
        });
    }

private:
    /// Calls visit(cell) for each cell `rect` covers until one returns true; whether one did.
    template<typename Visit> bool forEachCell(const QRectF &rect, Visit visit)
    {
        const auto column = [this](qreal x) {
            return std::clamp(int(std::floor((x - m_origin.x()) / m_cell)), 0, m_columns - 1);
        };
        const auto row = [this](qreal y) {
            return std::clamp(int(std::floor((y - m_origin.y()) / m_cell)), 0, m_rows - 1);
        };
        for (int r = row(rect.top()), lastRow = row(rect.bottom()); r <= lastRow; ++r) {
            for (int c = column(rect.left()), lastColumn = column(rect.right()); c <= lastColumn;
                 ++c) {
                if (visit(m_cells[size_t(r) * size_t(m_columns) + size_t(c)]))
                    return true;
            }
        }
        return false;
    }

    QPointF m_origin;
    qreal m_cell;
    int m_columns;
    int m_rows;
    std::vector<std::vector<int>> m_cells;
    std::vector<QRectF> m_rects;
};

/// Timeline markers for a raster target (the window, a PNG), each size and colour drawn once
/// into a pixmap and then copied: 10 000 translucent antialiased circles, each rasterised, took
/// most of a large corpus's first paint. SVG and PDF draw every circle, as vectors.
class MarkerSprites
{
public:
    explicit MarkerSprites(qreal devicePixelRatio) : m_ratio(devicePixelRatio) { }

    void draw(QPainter &painter, const QPointF &centre, qreal radius, const QBrush &brush,
        const QPen &pen)
    {
        // A quarter of a pixel is below what the eye tells apart between two markers' sizes.
        const qreal quantised = std::round(radius * 4) / 4;
        const auto key = std::make_tuple(int(quantised * 4), brush.color().rgba(),
            brush.style() == Qt::NoBrush, pen.color().rgba(), int(std::round(pen.widthF() * 8)));
        auto it = m_sprites.find(key);
        if (it == m_sprites.end()) {
            const qreal half = quantised + pen.widthF();
            const int side = int(std::ceil(2 * half * m_ratio)) + 2;
            QPixmap sprite(side, side);
            sprite.setDevicePixelRatio(m_ratio);
            sprite.fill(Qt::transparent);
            QPainter spritePainter(&sprite);
            spritePainter.setRenderHint(QPainter::Antialiasing);
            spritePainter.setBrush(brush);
            spritePainter.setPen(pen);
            const qreal middle = side / m_ratio / 2;
            spritePainter.drawEllipse(QPointF(middle, middle), quantised, quantised);
            spritePainter.end();
            it = m_sprites.emplace(key, sprite).first;
        }
        const qreal middle = it->second.width() / m_ratio / 2;
        painter.drawPixmap(centre - QPointF(middle, middle), it->second);
    }

private:
    qreal m_ratio;
    std::map<std::tuple<int, QRgb, bool, QRgb, int>, QPixmap> m_sprites;
};

} // namespace

std::optional<double> voteMargin(const LibraryEntry &entry)
{
    const int cast = entry.votesFor + entry.against + entry.abstentions;
    if (!entry.hasVote || cast <= 0)
        return std::nullopt;
    return 100.0 * (entry.votesFor - entry.against) / cast;
}

QList<TimelineMarker> paintTimelineChart(QPainter &painter, const QRectF &area,
    const QList<LibraryEntry> &documents, const ChartStyle &style, qreal scale)
{
    QList<TimelineMarker> markers;
    QList<LibraryEntry> dated;
    for (const LibraryEntry &entry : documents) {
        if (entry.date.isValid())
            dated.append(entry);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = style.font;
    const QFont small = style.scaledFont(0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    if (dated.isEmpty()) {
        painter.setPen(style.mutedText);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
            Tr::tr("No resolution of this corpus states its date."));
        painter.restore();
        return markers;
    }

    QDate first = dated.first().date;
    QDate last = first;
    int mostStatements = 1;
    bool anyUnvoted = false;
    for (const LibraryEntry &entry : std::as_const(dated)) {
        first = std::min(first, entry.date);
        last = std::max(last, entry.date);
        mostStatements = std::max(mostStatements, entry.statements);
        anyUnvoted = anyUnvoted || !voteMargin(entry);
    }
    const qint64 span = first.daysTo(last);
    const qint64 pad = span == 0 ? 180 : std::max<qint64>(30, span / 12);
    const QDate from = first.addDays(-pad);
    const QDate to = last.addDays(pad);

    // The axes: margin labels on the left, dates below, the axis title above.
    const QString axisTitle = Tr::tr("Vote margin: for minus against, in % of the votes cast");
    const qreal line = metrics.height();
    const qreal left = metrics.horizontalAdvance(u"-100 %"_s) + 10 * scale;
    const qreal maxRadius = 14 * scale;
    QRectF plot = area.adjusted(left, line * 1.6 + maxRadius, -maxRadius, -line * 1.8);
    QRectF band;
    if (anyUnvoted) {
        const qreal bandHeight = std::max(line * 1.6, 2 * maxRadius + 4 * scale);
        band = QRectF(plot.left(), plot.bottom() - bandHeight, plot.width(), bandHeight);
        plot.setBottom(band.top() - line * 0.8);
    }
    if (plot.height() < 20 || plot.width() < 40) {
        painter.restore();
        return markers;
    }
    const auto xOf = [&](const QDate &date) {
        return plot.left() + plot.width() * double(from.daysTo(date)) / double(from.daysTo(to));
    };
    const auto yOf
        = [&](double margin) { return plot.center().y() - plot.height() / 2 * margin / 100; };

    painter.setPen(style.mutedText);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
        Qt::AlignLeft | Qt::AlignTop, axisTitle);
    for (const int margin : { -100, -50, 0, 50, 100 }) {
        const qreal y = yOf(margin);
        painter.setPen(
            QPen(style.grid, margin == 0 ? 1.5 : 1, margin == 0 ? Qt::SolidLine : Qt::DotLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(area.left(), y - line / 2, left - 6 * scale, line),
            Qt::AlignRight | Qt::AlignVCenter,
            margin > 0 ? u"+%1 %"_s.arg(margin) : u"%1 %"_s.arg(margin));
    }
    if (anyUnvoted) {
        painter.fillRect(band, style.grid.lighter(style.dark ? 60 : 118));
        painter.setPen(style.mutedText);
        painter.drawText(band.adjusted(4 * scale, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            Tr::tr("no vote stated"));
    }
    const qreal axisY = anyUnvoted ? band.bottom() : plot.bottom();
    painter.setPen(QPen(style.grid, 1));
    painter.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
    for (const auto &[date, label] : dateTicks(from, to, plot.width(), metrics)) {
        const qreal x = xOf(date);
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(x, axisY), QPointF(x, axisY + 4 * scale));
        painter.setPen(style.mutedText);
        painter.drawText(QRectF(x - 60 * scale, axisY + 5 * scale, 120 * scale, line),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // Markers, the largest first so that small ones stay visible on top; drawnEntries[k] is the
    // entry of markers[k].
    QList<qsizetype> order(dated.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&dated](qsizetype a, qsizetype b) {
        return dated.at(a).statements > dated.at(b).statements;
    });
    QList<qsizetype> drawnEntries;
    const bool raster
        = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
    MarkerSprites sprites(painter.device()->devicePixelRatioF());
    for (const qsizetype i : std::as_const(order)) {
        const LibraryEntry &entry = dated.at(i);
        const std::optional<double> margin = voteMargin(entry);
        const qreal radius
            = (4 + 10 * std::sqrt(double(entry.statements) / mostStatements)) * scale;
        const QPointF centre(xOf(entry.date), margin ? yOf(*margin) : band.center().y());
        const QRectF circle(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
        QBrush brush(Qt::NoBrush);
        QPen pen(style.mutedText, 1.5 * scale);
        if (margin) {
            QColor fill = *margin >= 0 ? ForColour : AgainstColour;
            fill.setAlpha(190);
            brush = fill;
            pen = QPen(style.dark ? fill.lighter(150) : fill.darker(140), 1.2 * scale);
        }
        if (raster) {
            sprites.draw(painter, centre, radius, brush, pen);
        } else {
            painter.setBrush(brush);
            painter.setPen(pen);
            painter.drawEllipse(circle);
        }
        markers.append({ entry.id, circle });
        drawnEntries.append(i);
    }
    // Labels above, below, right or left of their marker, where they overlap no marker and no
    // label placed before; the smallest markers' labels first (the large ones are seen anyway).
    TakenAreas taken(area, 2 * line);
    for (const TimelineMarker &marker : std::as_const(markers))
        taken.add(marker.bounds);
    // Nor over the axis title and the margins' labels.
    taken.add(QRectF(area.left(), area.top(), metrics.horizontalAdvance(axisTitle), line));
    for (const int margin : { -100, -50, 0, 50, 100 })
        taken.add(QRectF(area.left(), yOf(margin) - line / 2, left, line));
    painter.setFont(small);
    painter.setPen(style.text);
    for (qsizetype k = markers.size() - 1; k >= 0; --k) {
        const QRectF &circle = markers.at(k).bounds;
        const qreal gap = 2 * scale;
        const auto placesOf = [&](qreal width) {
            return std::array<QRectF, 4> {
                QRectF(circle.center().x() - width / 2, circle.top() - line - gap, width, line),
                QRectF(circle.center().x() - width / 2, circle.bottom() + gap, width, line),
                QRectF(circle.right() + gap, circle.center().y() - line / 2, width, line),
                QRectF(circle.left() - gap - width, circle.center().y() - line / 2, width, line),
            };
        };
        // Each place of a one-pixel label lies inside the same place of the real label: when
        // none is free, the label's text is not measured (shaping 10 000 labels on a crowded
        // timeline cost more than drawing it).
        const std::array<QRectF, 4> probes = placesOf(1);
        if (std::all_of(probes.cbegin(), probes.cend(),
                [&](const QRectF &probe) { return taken.intersects(probe); }))
            continue;
        const LibraryEntry &entry = dated.at(drawnEntries.at(k));
        const QString label = entry.reference.isEmpty() ? entry.title.left(24) : entry.reference;
        for (const QRectF &place : placesOf(metrics.horizontalAdvance(label) + 2)) {
            if (!area.contains(place) || taken.intersects(place))
                continue;
            painter.drawText(place, Qt::AlignCenter, label);
            taken.add(place);
            break;
        }
    }
    painter.restore();
    return markers;
}

void paintTimelineImage(QPainter &painter, const QRectF &target,
    const QList<LibraryEntry> &documents, const QString &title)
{
    painter.save();
    const qreal factor = std::clamp(target.width() / 1200.0, 0.5, 3.0);
    auto [style, area] = beginExportImage(painter, target, factor);
    const QString note = Tr::tr("Source: European Parliament, Legislative Observatory (OEIL); "
                                "marker size: number of statements");
    const qreal noteHeight
        = drawFootNote(painter, area, note, style.scaledFont(0.8), style.mutedText);
    area.setBottom(area.bottom() - noteHeight - 10 * factor);
    area.setTop(area.top()
        + drawParagraph(painter, area, title, style.scaledFont(1.45, true), style.text)
        + 14 * factor);
    paintTimelineChart(painter, area, documents, style, factor);
    painter.restore();
}

ImageExportOptions timelineExportOptions(const QString &title)
{
    ImageExportOptions options;
    options.size = QSize(1200, 640);
    options.title = title;
    return options;
}

std::optional<QByteArray> timelineImageFile(const QList<LibraryEntry> &documents,
    const QString &title, const QString &path, const ImageExportOptions &options, QString *error)
{
    return renderImageFile(
        path, options,
        [&documents, &title](QPainter &painter, const QRectF &target) {
            paintTimelineImage(painter, target, documents, title);
        },
        error);
}

bool exportTimeline(const QList<LibraryEntry> &documents, const QString &title, const QString &path,
    const ImageExportOptions &options, QString *error)
{
    const std::optional<QByteArray> bytes
        = timelineImageFile(documents, title, path, options, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace re

namespace re {

namespace {

/// The matrix image's measures at 15 px text.
constexpr qreal MatrixCellWidth = 44;
constexpr qreal MatrixRowHeight = 24;
constexpr qreal MatrixHeaderHeight = 190;
constexpr qreal MatrixNameWidth = 230;

QString columnLabel(const LibraryEntry &entry)
{
    const QString name = entry.reference.isEmpty() ? entry.title.left(28) : entry.reference;
    return entry.date.isValid() ? u"%1  %2"_s.arg(entry.date.toString(Qt::ISODate), name) : name;
}

} // namespace

EntityRole matrixCellRole(const MatrixCell &cell)
{
    return entityRoleFromKey(cell.role).value_or(EntityRole::Mentioned);
}

QColor matrixCellText(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

ImageExportOptions matrixExportOptions(const CorpusMatrix &matrix, const QString &title)
{
    ImageExportOptions options;
    const int width = int(56 + MatrixNameWidth + matrix.documents.size() * MatrixCellWidth + 40);
    const int height
        = int(56 + 60 + MatrixHeaderHeight + matrix.rows.size() * MatrixRowHeight + 100);
    options.size = QSize(std::max(800, width), std::max(500, height));
    options.title = title;
    return options;
}

void paintMatrixImage(
    QPainter &painter, const QRectF &target, const CorpusMatrix &matrix, const QString &title)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const ImageExportOptions natural = matrixExportOptions(matrix, title);
    const qreal factor = std::clamp(
        std::min(target.width() / natural.size.width(), target.height() / natural.size.height()),
        0.25, 3.0);
    auto [style, area] = beginExportImage(painter, target, factor, 6);
    area.setTop(area.top()
        + drawParagraph(painter, area, title, style.scaledFont(1.45, true), style.text)
        + 8 * factor);
    const QString note = Tr::tr("Cell: the entity's role in the resolution (colour) and the "
                                "number of its statements that involve it. Source: European "
                                "Parliament, Legislative Observatory (OEIL)");
    const qreal noteHeight
        = drawFootNote(painter, area, note, style.scaledFont(0.8), style.mutedText);
    area.setBottom(area.bottom() - noteHeight - 8 * factor);

    // The legend of the roles shown, on one line above the note.
    QList<EntityRole> roles;
    for (const MatrixRow &row : matrix.rows) {
        for (const MatrixCell &cell : row.cells) {
            if (!roles.contains(matrixCellRole(cell)))
                roles.append(matrixCellRole(cell));
        }
    }
    std::sort(roles.begin(), roles.end());
    const QFont small = style.scaledFont(0.85);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const qreal swatch = 14 * factor;
    qreal legendY = area.bottom() - swatch;
    qreal x = area.left();
    for (const EntityRole role : std::as_const(roles)) {
        const QString label = entityRoleLabel(role);
        const qreal width = swatch + 6 * factor + metrics.horizontalAdvance(label) + 16 * factor;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            legendY -= swatch + 6 * factor;
        }
        x += width;
    }
    const qreal legendTop = legendY;
    x = area.left();
    qreal y = legendTop;
    for (const EntityRole role : std::as_const(roles)) {
        const QString label = entityRoleLabel(role);
        const qreal width = swatch + 6 * factor + metrics.horizontalAdvance(label) + 16 * factor;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += swatch + 6 * factor;
        }
        const QRectF box(x, y, swatch, swatch);
        painter.fillRect(box, RolePalette::fill(role, false));
        if (RolePalette::pattern(role) != Qt::NoBrush)
            painter.fillRect(
                box, QBrush(RolePalette::patternColor(role, false), RolePalette::pattern(role)));
        painter.setPen(style.text);
        painter.drawText(
            QRectF(x + swatch + 6 * factor, y - 2 * factor, width, swatch + 4 * factor),
            Qt::AlignLeft | Qt::AlignVCenter, label);
        x += width;
    }
    area.setBottom(legendTop - 12 * factor);

    // The grid: names on the left, slanted column labels above.
    const qreal nameWidth = MatrixNameWidth * factor;
    const qreal cellWidth = MatrixCellWidth * factor;
    const qreal rowHeight = MatrixRowHeight * factor;
    const qreal header = MatrixHeaderHeight * factor;
    const QPointF origin(area.left() + nameWidth, area.top() + header);
    painter.setFont(small);
    painter.setPen(style.text);
    for (qsizetype column = 0; column < matrix.documents.size(); ++column) {
        painter.save();
        painter.translate(origin.x() + (column + 0.5) * cellWidth, origin.y() - 4 * factor);
        painter.rotate(-55);
        const QString label = metrics.elidedText(
            columnLabel(matrix.documents.at(column)), Qt::ElideRight, header / 0.82 - 8 * factor);
        painter.drawText(QPointF(0, metrics.ascent() / 2 - 2 * factor), label);
        painter.restore();
    }
    QHash<qint64, qsizetype> columnOf;
    for (qsizetype column = 0; column < matrix.documents.size(); ++column)
        columnOf.insert(matrix.documents.at(column).id, column);
    const QFont countFont = style.scaledFont(0.8);
    for (qsizetype r = 0; r < matrix.rows.size(); ++r) {
        const MatrixRow &row = matrix.rows.at(r);
        const qreal top = origin.y() + r * rowHeight;
        if (top + rowHeight > area.bottom())
            break;
        painter.setFont(small);
        painter.setPen(style.text);
        painter.drawText(QRectF(area.left(), top, nameWidth - 8 * factor, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter,
            metrics.elidedText(row.name, Qt::ElideRight, nameWidth - 8 * factor));
        painter.setPen(QPen(style.grid, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(origin.x(), top, cellWidth * matrix.documents.size(), rowHeight));
        painter.setFont(countFont);
        for (const MatrixCell &cell : row.cells) {
            const qsizetype column = columnOf.value(cell.documentId, -1);
            if (column < 0)
                continue;
            const QRectF box(
                origin.x() + column * cellWidth + 1, top + 1, cellWidth - 2, rowHeight - 2);
            const EntityRole role = matrixCellRole(cell);
            const QColor fill = RolePalette::fill(role, false);
            painter.fillRect(box, fill);
            if (RolePalette::pattern(role) != Qt::NoBrush)
                painter.fillRect(box,
                    QBrush(RolePalette::patternColor(role, false), RolePalette::pattern(role)));
            if (cell.statements > 0) {
                // On hatching, the number on a patch of the plain fill, to stay readable.
                const QString count = QString::number(cell.statements);
                if (RolePalette::pattern(role) != Qt::NoBrush) {
                    const qreal w = painter.fontMetrics().horizontalAdvance(count) + 6 * factor;
                    const qreal h = painter.fontMetrics().height();
                    painter.fillRect(
                        QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h), fill);
                }
                painter.setPen(matrixCellText(fill));
                painter.drawText(box, Qt::AlignCenter, count);
            }
        }
    }
    painter.restore();
}

std::optional<QByteArray> matrixImageFile(const CorpusMatrix &matrix, const QString &title,
    const QString &path, const ImageExportOptions &options, QString *error)
{
    const std::optional<ImageFormat> format = imageFormatForPath(path);
    if (format == ImageFormat::Pdf || !format) {
        if (error)
            *error = Tr::tr("the matrix is written as PNG or SVG (.png, .svg)");
        return std::nullopt;
    }
    return renderImageFile(
        path, options,
        [&matrix, &title](QPainter &painter, const QRectF &target) {
            paintMatrixImage(painter, target, matrix, title);
        },
        error);
}

bool exportMatrix(const CorpusMatrix &matrix, const QString &title, const QString &path,
    const ImageExportOptions &options, QString *error)
{
    const std::optional<QByteArray> bytes = matrixImageFile(matrix, title, path, options, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace re
