// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voteview/ChartStyle.h"

#include <QList>
#include <QPointF>
#include <QWidget>

namespace re {

class ResolutionModel;
struct Vote;

/// Seat positions of a parliament diagram of `seats` dots: concentric half rings, in unit
/// coordinates (x in [-1, 1], y in [0, 1], y up, centre of the rings at the origin), ordered
/// from the left end of the diagram to the right end. *dotRadius receives the dot radius.
QList<QPointF> hemicycleSeats(int seats, qreal *dotRadius);

/// One dot per vote (and per member who did not vote, when known): coloured by position; with
/// roll-call groups, seated by group from left to right with each group's colour on an outer
/// band. Counts and the result in the middle, a legend below. Draws nothing made up: without
/// groups no group is shown.
void paintHemicycle(
    QPainter &painter, const QRectF &target, const Vote &vote, const ChartStyle &style);

/// The hemicycle of the shared model's vote, repainted when the vote changes; follows the
/// widget's palette and font.
class HemicycleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HemicycleWidget(const ResolutionModel *model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const ResolutionModel *m_model;
};

} // namespace re
