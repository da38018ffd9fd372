// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/HemicycleWidget.h"

#include "model/ResolutionModel.h"
#include "vote/PoliticalGroups.h"
#include "vote/VoteModel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace re {

namespace {

constexpr qreal kInnerRadius = 0.38; ///< inner ring radius, outer ring = 1

struct Seat
{
    QColor fill;
    int group = -1; ///< index into the vote's groups, -1 without groups
};

/// The dots in seating order: by group (left to right) then position, or by position only.
QList<Seat> seatsOf(const Vote &vote)
{
    QList<Seat> seats;
    const QList<VotePosition> positions = allVotePositions();
    if (!vote.groups.isEmpty()) {
        for (int g = 0; g < vote.groups.size(); ++g) {
            for (VotePosition p : positions) {
                for (int i = 0; i < voteCount(vote.groups.at(g), p); ++i)
                    seats.append({ votePositionColour(p), g });
            }
        }
        return seats;
    }
    for (VotePosition p : positions) {
        for (int i = 0; i < voteCount(vote, p); ++i)
            seats.append({ votePositionColour(p), -1 });
    }
    return seats;
}

struct LegendEntry
{
    QColor colour;
    QString text;
};

/// Lays entries out in lines within `width`; returns the height used. Draws when painter set.
qreal legend(QPainter *painter, const QList<LegendEntry> &entries, const QRectF &area,
    const QFont &font, const QColor &text)
{
    const QFontMetricsF metrics(font);
    const qreal swatch = metrics.height() * 0.7;
    const qreal gap = metrics.height() * 1.1;
    // Split into lines, then centre each line.
    QList<QList<int>> lines(1);
    QList<qreal> widths(1, 0.0);
    for (int i = 0; i < entries.size(); ++i) {
        const qreal w = swatch + 6 + metrics.horizontalAdvance(entries.at(i).text);
        if (!lines.last().isEmpty() && widths.last() + gap + w > area.width()) {
            lines.append(QList<int>());
            widths.append(0.0);
        }
        widths.last() += (lines.last().isEmpty() ? 0 : gap) + w;
        lines.last().append(i);
    }
    const qreal lineHeight = metrics.height() * 1.35;
    if (painter) {
        painter->setFont(font);
        for (int l = 0; l < lines.size(); ++l) {
            qreal x = area.left() + (area.width() - widths.at(l)) / 2;
            const qreal y = area.top() + l * lineHeight;
            for (int i : lines.at(l)) {
                const LegendEntry &entry = entries.at(i);
                painter->setPen(Qt::NoPen);
                painter->setBrush(entry.colour);
                painter->drawEllipse(
                    QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch));
                x += swatch + 6;
                painter->setPen(text);
                const qreal w = metrics.horizontalAdvance(entry.text);
                painter->drawText(QRectF(x, y, w + 2, metrics.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, entry.text);
                x += w + gap;
            }
        }
    }
    return lines.size() * lineHeight;
}

} // namespace

QList<QPointF> hemicycleSeats(int seats, qreal *dotRadius)
{
    QList<QPointF> points;
    if (seats <= 0) {
        if (dotRadius)
            *dotRadius = 0;
        return points;
    }
    const qreal pi = std::numbers::pi;
    // The fewest rows whose rings hold every seat with dots spaced like the rows.
    int rows = 1;
    QList<int> capacity;
    qreal spacing = 1.0;
    for (rows = 1;; ++rows) {
        spacing = rows > 1 ? (1.0 - kInnerRadius) / (rows - 1) : 0.6;
        capacity.clear();
        int total = 0;
        for (int r = 0; r < rows; ++r) {
            const qreal radius = rows > 1 ? kInnerRadius + r * spacing : 1.0;
            capacity.append(int(std::floor(pi * radius / spacing)) + 1);
            total += capacity.last();
        }
        if (total >= seats)
            break;
    }
    // Seats per row in proportion to the ring's length (largest remainders), within capacity.
    const int total = std::accumulate(capacity.cbegin(), capacity.cend(), 0);
    QList<int> perRow(rows, 0);
    QList<std::pair<qreal, int>> remainders;
    int given = 0;
    for (int r = 0; r < rows; ++r) {
        const qreal exact = qreal(seats) * capacity.at(r) / total;
        perRow[r] = std::min(capacity.at(r), int(std::floor(exact)));
        given += perRow.at(r);
        remainders.append({ exact - perRow.at(r), r });
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (int i = 0; given < seats; i = (i + 1) % rows) {
        const int r = remainders.at(i).second;
        if (perRow.at(r) < capacity.at(r)) {
            ++perRow[r];
            ++given;
        }
    }
    struct Placed
    {
        qreal angle;
        qreal radius;
    };
    QList<Placed> placed;
    for (int r = 0; r < rows; ++r) {
        const qreal radius = rows > 1 ? kInnerRadius + r * spacing : 1.0;
        const int n = perRow.at(r);
        for (int i = 0; i < n; ++i)
            placed.append({ n > 1 ? pi * (1.0 - qreal(i) / (n - 1)) : pi / 2, radius });
    }
    // Left to right: by angle from pi down to 0, inner rings first at equal angles.
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (std::abs(a.angle - b.angle) > 1e-9)
            return a.angle > b.angle;
        return a.radius < b.radius;
    });
    for (const Placed &p : placed)
        points.append(QPointF(p.radius * std::cos(p.angle), p.radius * std::sin(p.angle)));
    if (dotRadius)
        *dotRadius = spacing * 0.42;
    return points;
}

void paintHemicycle(
    QPainter &painter, const QRectF &target, const Vote &vote, const ChartStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Seat> seats = seatsOf(vote);
    const bool groups = !vote.groups.isEmpty();

    // Legend: positions with counts, then the groups when the roll call gives them.
    QList<LegendEntry> positions;
    for (VotePosition p : allVotePositions()) {
        if (p == VotePosition::DidNotVote && voteCount(vote, p) == 0 && !(groups && vote.seats > 0))
            continue;
        const int count = groups
            ? std::accumulate(vote.groups.cbegin(), vote.groups.cend(), 0,
                [p](int sum, const VoteBreakdownRow &row) { return sum + voteCount(row, p); })
            : voteCount(vote, p);
        QString text = QCoreApplication::translate("re::Hemicycle", "%1 %2")
                           .arg(votePositionLabel(p))
                           .arg(count);
        if (p != VotePosition::DidNotVote)
            text += QCoreApplication::translate("re::Hemicycle", " (%1%)")
                        .arg(QLocale().toString(
                            VoteModel::percentOfCast(count, vote.cast()), 'f', 1));
        positions.append({ votePositionColour(p), text });
    }
    QList<LegendEntry> groupEntries;
    for (const VoteBreakdownRow &row : vote.groups)
        groupEntries.append({ politicalGroupColour(row.code),
            QCoreApplication::translate("re::Hemicycle", "%1 %2")
                .arg(row.shortLabel)
                .arg(row.cast() + row.didNotVote) });
    const QFont legendFont = style.font;
    const qreal margin = QFontMetricsF(legendFont).height() * 0.6;
    const QRectF inner = target.adjusted(margin, margin, -margin, -margin);
    qreal legendHeight = legend(nullptr, positions, inner, legendFont, style.text);
    if (groups)
        legendHeight += margin * 0.5 + legend(nullptr, groupEntries, inner, legendFont, style.text);

    // The diagram: width 2 (+ band), height 1 (+ band), centred above the legend.
    const QRectF area = inner.adjusted(0, 0, 0, -(legendHeight + margin));
    const qreal band = groups ? 0.07 : 0.0;
    qreal dot = 0;
    const QList<QPointF> unit = hemicycleSeats(int(seats.size()), &dot);
    const qreal extent = 1.0 + dot + band;
    const qreal scale
        = std::max(0.0, std::min(area.width() / (2 * extent), area.height() / (extent + dot)));
    const QPointF centre(
        area.center().x(), area.top() + (area.height() + extent * scale - dot * scale) / 2);
    auto toScreen = [&](const QPointF &p) {
        return QPointF(centre.x() + p.x() * scale, centre.y() - p.y() * scale);
    };

    // Group band: an arc from the group's first seat to its last one.
    if (groups && !unit.isEmpty()) {
        const qreal r0 = (1.0 + dot + 0.015) * scale;
        const qreal r1 = (1.0 + dot + band) * scale;
        int start = 0;
        while (start < seats.size()) {
            int end = start;
            while (end + 1 < seats.size() && seats.at(end + 1).group == seats.at(start).group)
                ++end;
            auto angleOf = [&](int i) {
                return std::atan2(unit.at(i).y(), unit.at(i).x()) * 180.0 / std::numbers::pi;
            };
            // Halfway to the neighbouring seats, so the bands touch.
            const qreal a0 = start == 0 ? 180.0 : (angleOf(start - 1) + angleOf(start)) / 2;
            const qreal a1 = end + 1 >= seats.size() ? 0.0 : (angleOf(end) + angleOf(end + 1)) / 2;
            QPainterPath path;
            path.arcMoveTo(QRectF(centre - QPointF(r1, r1), QSizeF(2 * r1, 2 * r1)), a0);
            path.arcTo(QRectF(centre - QPointF(r1, r1), QSizeF(2 * r1, 2 * r1)), a0, a1 - a0);
            path.arcTo(QRectF(centre - QPointF(r0, r0), QSizeF(2 * r0, 2 * r0)), a1, a0 - a1);
            path.closeSubpath();
            painter.setPen(QPen(style.background, 1));
            painter.setBrush(politicalGroupColour(vote.groups.at(seats.at(start).group).code));
            painter.drawPath(path);
            start = end + 1;
        }
    }

    painter.setPen(Qt::NoPen);
    const qreal radius = dot * scale;
    for (int i = 0; i < seats.size() && i < unit.size(); ++i) {
        painter.setBrush(seats.at(i).fill);
        painter.drawEllipse(toScreen(unit.at(i)), radius, radius);
    }

    // Result in the middle of the rings.
    const QString result = vote.adopted()
        ? QCoreApplication::translate("re::Hemicycle", "Adopted")
        : QCoreApplication::translate("re::Hemicycle", "Rejected");
    const QString cast
        = QCoreApplication::translate("re::Hemicycle", "%1 votes cast").arg(vote.cast());
    const qreal hole = (kInnerRadius - dot) * scale;
    const QFont big = style.scaledFont(1.4, true);
    const QFontMetricsF bigMetrics(big);
    const QFontMetricsF smallMetrics(style.font);
    painter.setPen(style.text);
    painter.setFont(big);
    const QRectF resultBox(centre.x() - hole,
        centre.y() - bigMetrics.height() - smallMetrics.height() * 1.1, 2 * hole,
        bigMetrics.height());
    painter.drawText(resultBox, Qt::AlignHCenter | Qt::AlignBottom, result);
    painter.setFont(style.font);
    painter.setPen(style.mutedText);
    painter.drawText(
        QRectF(centre.x() - hole, resultBox.bottom(), 2 * hole, smallMetrics.height() * 1.1),
        Qt::AlignHCenter | Qt::AlignBottom, cast);

    // Legend under the diagram.
    QRectF legendArea = inner;
    legendArea.setTop(inner.bottom() - legendHeight);
    const qreal used = legend(&painter, positions, legendArea, legendFont, style.text);
    if (groups) {
        legendArea.setTop(legendArea.top() + used + margin * 0.5);
        legend(&painter, groupEntries, legendArea, legendFont, style.text);
    }
    painter.restore();
}

HemicycleWidget::HemicycleWidget(const ResolutionModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("voteHemicycle"));
    connect(m_model, &ResolutionModel::documentChanged, this, [this] { update(); });
    connect(m_model, &ResolutionModel::voteChanged, this, [this] { update(); });
}

QSize HemicycleWidget::sizeHint() const
{
    return QSize(560, 380);
}

QSize HemicycleWidget::minimumSizeHint() const
{
    return QSize(240, 180);
}

void HemicycleWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    painter.fillRect(rect(), style.background);
    if (const std::optional<Vote> &vote = m_model->document().vote)
        paintHemicycle(painter, QRectF(rect()), *vote, style);
}

} // namespace re
