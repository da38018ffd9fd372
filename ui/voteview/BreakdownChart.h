// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voteview/ChartStyle.h"

#include <QChart>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

namespace re {

class VoteBreakdownModel;

/// Stacked horizontal bars, one per political group (left-most group on top) or per country
/// (in the model's order, top to bottom): for / against / abstentions / did not vote. Reads the
/// VoteBreakdownModel through a row-reversing proxy and a QVBarModelMapper; empty when the
/// document has no roll-call data. Bar sets and categories therefore run bottom to top.
class BreakdownChart : public QChart
{
    Q_OBJECT
public:
    explicit BreakdownChart(
        VoteBreakdownModel *model, const ChartStyle &style, QGraphicsItem *parent = nullptr);
    ~BreakdownChart() override;

    void setChartStyle(const ChartStyle &style);
    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

private:
    void reloadAxes();
    void restyle();

    VoteBreakdownModel *m_model;
    ChartStyle m_style;
    QHorizontalStackedBarSeries *m_series;
    QVBarModelMapper *m_mapper;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
};

} // namespace re
