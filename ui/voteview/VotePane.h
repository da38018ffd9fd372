// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voteview/ChartExport.h"

#include <QWidget>

class QAction;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace re {

class BreakdownChart;
class HemicycleWidget;
class ResolutionModel;
class TotalsChart;
class VoteBreakdownModel;
class VoteModel;

/// The vote: a chart kind selector, the result, and the chart (totals donut, hemicycle, and
/// stacked bars per group and per country when roll-call data is attached). A document with
/// only totals offers no breakdown but an "Import roll-call data…" button. Every chart reads
/// the shared model; none keeps a copy.
class VotePane : public QWidget
{
    Q_OBJECT
public:
    explicit VotePane(ResolutionModel *model, QWidget *parent = nullptr);

    /// The chart shown now (Totals when the document has no vote).
    ChartKind currentChartKind() const;
    /// Shows that chart; false when the document cannot give it.
    bool setCurrentChartKind(ChartKind kind);

    /// Exports the chart shown now to PNG, SVG or PDF (by extension), at its default size.
    bool exportChart(const QString &path, QString *error);

    QAction *copyChartAction() const { return m_copyAction; }

public Q_SLOTS:
    /// Puts the chart shown now on the clipboard as a PNG image.
    void copyChart();

Q_SIGNALS:
    void currentChartKindChanged(re::ChartKind kind);
    /// The user asked to import roll-call data (the pane's button); the window asks for files.
    void importRequested();
    /// The user asked for the vote's roll call from HowTheyVote.eu (the pane's button).
    void howTheyVoteRequested();
    /// The user asked to export the chart shown (its context menu); the window asks where.
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void restyle();
    /// The page of a breakdown chart, built (both breakdowns at once) when first asked for.
    QWidget *breakdownPage(ChartKind kind);
    void fitCountriesHeight();
    QChartView *makeChartView(QChart *chart, const QString &objectName);
    void showContextMenu(QWidget *source, const QPoint &pos);

    ResolutionModel *m_model;
    VoteModel *m_votes;
    VoteBreakdownModel *m_groups;
    VoteBreakdownModel *m_countries;
    QComboBox *m_kind;
    QLabel *m_result;
    QLabel *m_note;
    QLabel *m_didNotVote;
    QPushButton *m_import;
    QPushButton *m_howTheyVote;
    QStackedWidget *m_stack;
    QLabel *m_noVote;
    TotalsChart *m_totalsChart;
    HemicycleWidget *m_hemicycle;
    BreakdownChart *m_groupsChart = nullptr;
    BreakdownChart *m_countriesChart = nullptr;
    QChartView *m_countriesView = nullptr;
    QScrollArea *m_countriesScroll
        = nullptr; ///< 27 country bars need more height than the pane has
    QList<QWidget *> m_pages; ///< indexed by ChartKind; the breakdowns are null until built
    QAction *m_copyAction;
    QAction *m_exportAction;
};

} // namespace re
