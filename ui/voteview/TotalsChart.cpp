// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/TotalsChart.h"

#include "vote/VoteModel.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVPieModelMapper>
#include <QtMath>
#include <algorithm>

namespace re {

TotalsChart::TotalsChart(VoteModel *model, const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
    , m_style(style)
    , m_series(new QPieSeries(this))
    , m_mapper(new QVPieModelMapper(this))
    , m_centre(new QGraphicsSimpleTextItem(this))
    , m_centreCaption(new QGraphicsSimpleTextItem(this))
{
    setAnimationOptions(QChart::NoAnimation);
    m_series->setObjectName(QStringLiteral("voteTotalsSeries"));
    m_series->setHoleSize(0.5);
    m_series->setPieSize(0.78);
    m_series->setPieStartAngle(-90);
    m_series->setPieEndAngle(270);
    addSeries(m_series);

    // Only the rows of votes cast: "did not vote" is no share of them.
    m_mapper->setLabelsColumn(VoteModel::LabelColumn);
    m_mapper->setValuesColumn(VoteModel::CountColumn);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(3);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);

    connect(m_series, &QPieSeries::added, this, [this] { restyle(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { restyle(); });
    connect(this, &QChart::plotAreaChanged, this, [this] { placeCentreText(); });
    legend()->hide();
    restyle();
}

TotalsChart::~TotalsChart()
{
    // The mapper first: QChart's destructor removes the series' slices or sets, and the
    // mapper would mirror that into a model that may be gone already.
    delete m_mapper;
}

void TotalsChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    restyle();
}

void TotalsChart::restyle()
{
    setTheme(m_style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundBrush(m_style.background);
    setBackgroundPen(Qt::NoPen);
    setBackgroundRoundness(0);

    const int cast = m_series->sum() > 0 ? qRound(m_series->sum()) : 0;
    const QList<QPieSlice *> slices = m_series->slices();
    for (int row = 0; row < slices.size(); ++row) {
        QPieSlice *slice = slices.at(row);
        const VotePosition position = m_model->position(row);
        const int count = qRound(slice->value());
        const QString percent = QLocale().toString(VoteModel::percentOfCast(count, cast), 'f', 1);
        slice->setColor(votePositionColour(position));
        slice->setBorderColor(m_style.background);
        slice->setBorderWidth(1.5);
        slice->setLabelFont(m_style.font);
        slice->setLabelColor(m_style.text);
        slice->setLabelVisible(count > 0);
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        // The labels carry counts and shares, so no legend is needed.
        slice->setLabel(
            tr("%1: %2 (%3%)").arg(votePositionLabel(position)).arg(count).arg(percent));
    }
    m_centre->setFont(m_style.scaledFont(1.6, true));
    m_centre->setBrush(m_style.text);
    m_centre->setText(cast > 0 ? QLocale().toString(cast) : QString());
    m_centreCaption->setFont(m_style.font);
    m_centreCaption->setBrush(m_style.mutedText);
    m_centreCaption->setText(cast > 0 ? tr("votes cast") : QString());
    placeCentreText();
}

bool pieLabelsCollide(const QList<qreal> &midAngles, qreal radius, qreal lineHeight)
{
    // Qt Charts places an outside label at the end of its slice's arm and never moves it, so
    // two small slices side by side (1 against and 27 abstentions of 695) write one label over
    // the other: their heights on the same side of the pie must differ by a line at least.
    QList<QPointF> anchors;
    for (const qreal degrees : midAngles) {
        const qreal angle = qDegreesToRadians(degrees);
        anchors.append({ radius * std::sin(angle), -radius * std::cos(angle) });
    }
    for (qsizetype i = 0; i < anchors.size(); ++i) {
        for (qsizetype j = i + 1; j < anchors.size(); ++j) {
            const bool sameSide = (anchors.at(i).x() >= 0) == (anchors.at(j).x() >= 0);
            if (sameSide && std::abs(anchors.at(i).y() - anchors.at(j).y()) < lineHeight + 2)
                return true;
        }
    }
    return false;
}

QList<qreal> TotalsChart::labelAngles() const
{
    QList<qreal> angles;
    for (const QPieSlice *slice : m_series->slices()) {
        if (slice->value() > 0)
            angles.append(slice->startAngle() + slice->angleSpan() / 2);
    }
    return angles;
}

void TotalsChart::fitPie()
{
    // Outside labels need room on both sides. In a narrow chart (a dock) Qt Charts would clip
    // "Abstentions: 85 (13.2%)" at the edge, so the same texts move to a legend below instead.
    // Judged on the plot area the chart has without the legend: with the legend shown, the
    // area is lower by its height, and judging that would keep the legend at a size where the
    // labels fit, so that the same size showed labels or a legend by the sizes before it.
    QRectF area = plotArea();
    if (legend()->isVisible() && legend()->alignment() == Qt::AlignBottom)
        area.setBottom(std::max(area.bottom(), legend()->geometry().bottom()));
    const qreal side = std::min(area.width(), area.height());
    if (side <= 0)
        return;
    const QFontMetricsF metrics(m_style.font);
    qreal labelWidth = 0;
    for (const QPieSlice *slice : m_series->slices())
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(slice->label()));
    const qreal arms = 0.12 * side + 12;
    const qreal radius = 0.5 * m_series->pieSize() * side;
    const qreal reach = radius + arms;
    // Nor above or below the plot area, where Qt Charts clips a label away but keeps its arm
    // (a wide, low chart: "For: 440 (68.3%)" over the top of the ring). Its arm reaches out
    // by labelArmLengthFactor() of the radius, the text standing on the arm's end.
    const QList<qreal> angles = labelAngles();
    const qreal armEnd = angles.isEmpty()
        ? radius
        : radius * (1 + m_series->slices().constFirst()->labelArmLengthFactor());
    const bool withinHeight = std::all_of(angles.cbegin(), angles.cend(), [&](qreal degrees) {
        return std::abs(armEnd * std::cos(qDegreesToRadians(degrees))) + metrics.height()
            <= area.height() / 2;
    });
    const bool roomForLabels = area.width() - 2 * (labelWidth + arms) >= 0.6 * side && withinHeight
        && !pieLabelsCollide(angles, reach, metrics.height());
    for (QPieSlice *slice : m_series->slices())
        slice->setLabelVisible(roomForLabels && slice->value() > 0);
    if (legend()->isVisible() == roomForLabels) {
        legend()->setVisible(!roomForLabels);
        legend()->setAlignment(Qt::AlignBottom);
        legend()->setFont(m_style.font);
        legend()->setLabelColor(m_style.text);
    }
    if (!roomForLabels) {
        // Short legend texts: the shares stand in the summary line above the chart.
        const QList<QLegendMarker *> markers = legend()->markers(m_series);
        for (qsizetype row = 0; row < markers.size(); ++row) {
            const int count = qRound(m_series->slices().at(row)->value());
            markers.at(row)->setLabel(QStringLiteral("%1 %2").arg(
                votePositionLabel(m_model->position(int(row))), QLocale().toString(count)));
        }
    }
}

void TotalsChart::placeCentreText()
{
    fitPie();
    const QRectF area = plotArea();
    const QPointF centre = area.center();
    // The caption shows only where it fits inside the hole ("abgegebene Stimmen" does not in
    // a narrow dock); the summary line above the chart says the same in words.
    const qreal hole
        = m_series->holeSize() * m_series->pieSize() * std::min(area.width(), area.height());
    const qreal room = 0.9 * hole;
    m_centreCaption->setVisible(m_centreCaption->boundingRect().width() <= room);
    // The number itself shrinks to the hole (a small dock, a scale factor of 2), down to a size
    // still readable; below that it is left out, never drawn over the ring.
    QFont numberFont = m_style.scaledFont(1.6, true);
    m_centre->setFont(numberFont);
    const qreal width = m_centre->boundingRect().width();
    if (width > room && width > 0) {
        const qreal factor = room / width;
        if (numberFont.pixelSize() > 0)
            numberFont.setPixelSize(std::max(1, int(numberFont.pixelSize() * factor)));
        else
            numberFont.setPointSizeF(std::max(1.0, numberFont.pointSizeF() * factor));
        m_centre->setFont(numberFont);
    }
    const bool numberFits
        = m_centre->boundingRect().width() <= room && QFontInfo(numberFont).pixelSize() >= 9;
    m_centre->setVisible(numberFits);
    if (!numberFits)
        m_centreCaption->setVisible(false);
    const QRectF number = m_centre->boundingRect();
    const QRectF caption
        = m_centreCaption->isVisible() ? m_centreCaption->boundingRect() : QRectF();
    const qreal top = centre.y() - (number.height() + caption.height()) / 2;
    m_centre->setPos(centre.x() - number.width() / 2, top);
    m_centreCaption->setPos(centre.x() - caption.width() / 2, top + number.height());
}

} // namespace re
