// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voteview/ChartStyle.h"

#include <QChart>

class QGraphicsSimpleTextItem;
class QPieSeries;
class QVPieModelMapper;

namespace re {

class VoteModel;

/// Whether outside pie labels would be drawn over each other: one at the end of an arm of
/// `radius` from the centre at each of `midAngles` (degrees clockwise from 12 o'clock), two on
/// the same side closer in height than a line of `lineHeight`.
bool pieLabelsCollide(const QList<qreal> &midAngles, qreal radius, qreal lineHeight);

/// A donut of the votes cast (for / against / abstentions) with counts and percentages,
/// reading the VoteModel through a QVPieModelMapper: it follows the model, keeps no copy.
class TotalsChart : public QChart
{
    Q_OBJECT
public:
    explicit TotalsChart(
        VoteModel *model, const ChartStyle &style, QGraphicsItem *parent = nullptr);
    ~TotalsChart() override;

    void setChartStyle(const ChartStyle &style);
    QPieSeries *series() const { return m_series; }

private:
    void restyle();
    /// The angle of the middle of each slice with a label (degrees clockwise from 12 o'clock).
    QList<qreal> labelAngles() const;
    void fitPie();
    void placeCentreText();

    VoteModel *m_model;
    ChartStyle m_style;
    QPieSeries *m_series;
    QVPieModelMapper *m_mapper;
    QGraphicsSimpleTextItem *m_centre; ///< the number of votes cast, in the hole
    QGraphicsSimpleTextItem *m_centreCaption; ///< "votes cast" under it
};

} // namespace re
