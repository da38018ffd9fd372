// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/VotePane.h"

#include "common/FlowLayout.h"
#include "model/ResolutionModel.h"
#include "online/OnlineSources.h"
#include "vote/VoteBreakdownModel.h"
#include "vote/VoteModel.h"
#include "voteview/BreakdownChart.h"
#include "voteview/HemicycleWidget.h"
#include "voteview/TotalsChart.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace re {

VotePane::VotePane(ResolutionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_votes(new VoteModel(model, this))
    , m_groups(new VoteBreakdownModel(model, VoteBreakdownModel::Kind::Groups, this))
    , m_countries(new VoteBreakdownModel(model, VoteBreakdownModel::Kind::Countries, this))
    , m_kind(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_note(new QLabel(this))
    , m_didNotVote(new QLabel(this))
    , m_import(new QPushButton(tr("Import roll-call data…"), this))
    , m_howTheyVote(new QPushButton(tr("From HowTheyVote.eu"), this))
    , m_stack(new QStackedWidget(this))
    , m_noVote(new QLabel(tr("This document states no vote."), this))
    , m_copyAction(new QAction(tr("Copy Chart"), this))
    , m_exportAction(new QAction(tr("Export Chart…"), this))
{
    setObjectName(QStringLiteral("votePane"));
    m_kind->setObjectName(QStringLiteral("voteChartKind"));
    m_kind->setToolTip(tr("Which chart of the vote to show"));
    m_result->setObjectName(QStringLiteral("voteResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("voteRollCallNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The document gives only the totals: no breakdown by political group or "
                       "country. Get it from HowTheyVote.eu, or import roll-call data (its files "
                       "or export, or the Parliament's roll-call record) to see one."));
    m_didNotVote->setObjectName(QStringLiteral("voteDidNotVoteLabel"));
    m_import->setObjectName(QStringLiteral("importRollCallButton"));
    m_import->setToolTip(tr("Add the roll-call breakdown of this vote from HowTheyVote.eu CSV "
                            "files (groups, countries or members)"));
    m_howTheyVote->setObjectName(QStringLiteral("howTheyVoteButton"));
    m_howTheyVote->setToolTip(tr("Fetch how each political group and country voted from "
                                 "HowTheyVote.eu"));
    m_stack->setObjectName(QStringLiteral("voteChartStack"));
    m_noVote->setObjectName(QStringLiteral("voteNoVoteLabel"));
    m_noVote->setAlignment(Qt::AlignCenter);
    m_copyAction->setObjectName(QStringLiteral("copyChartAction"));
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));

    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    m_totalsChart = new TotalsChart(m_votes, style);
    m_hemicycle = new HemicycleWidget(model, this);
    // The breakdown charts wait until roll-call data asks for them (see breakdownPage()): a
    // document with only totals never builds them.
    m_pages = { makeChartView(m_totalsChart, QStringLiteral("voteTotalsChart")), m_hemicycle,
        nullptr, nullptr };
    m_hemicycle->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_hemicycle, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) { showContextMenu(m_hemicycle, pos); });
    m_stack->addWidget(m_pages.at(int(ChartKind::Totals)));
    m_stack->addWidget(m_pages.at(int(ChartKind::Hemicycle)));
    m_stack->addWidget(m_noVote);

    // On two rows where the dock is narrow, rather than hold the window wide.
    auto *top = new FlowLayout(nullptr, 6);
    auto *kindLabel = new QLabel(tr("&Chart:"), this);
    kindLabel->setObjectName(QStringLiteral("voteChartKindLabel"));
    kindLabel->setBuddy(m_kind);
    top->addGroup({ kindLabel, m_kind });
    top->addGroup({ m_howTheyVote, m_import });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_didNotVote);

    connect(m_kind, &QComboBox::activated, this, [this] {
        if (auto kind = chartKindFromString(m_kind->currentData().toString()))
            setCurrentChartKind(*kind);
    });
    connect(m_import, &QPushButton::clicked, this, &VotePane::importRequested);
    connect(m_howTheyVote, &QPushButton::clicked, this, &VotePane::howTheyVoteRequested);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyChart(); });
    connect(m_exportAction, &QAction::triggered, this, &VotePane::exportRequested);
    connect(m_model, &ResolutionModel::documentChanged, this, [this] { reload(); });
    connect(m_model, &ResolutionModel::voteChanged, this, [this] {
        // The chart kinds offered until now.
        const bool hadBreakdown = m_kind->findData(chartKindKey(ChartKind::Groups)) >= 0
            || m_kind->findData(chartKindKey(ChartKind::Countries)) >= 0;
        reload();
        // Roll-call data just attached: show what it adds (a countries file alone has no
        // groups).
        if (!hadBreakdown && m_model->session()->hasRollCall()
            && !setCurrentChartKind(ChartKind::Groups))
            setCurrentChartKind(ChartKind::Countries);
    });
    reload();
}

QWidget *VotePane::breakdownPage(ChartKind kind)
{
    if (!m_groupsChart) {
        const ChartStyle style = ChartStyle::fromPalette(palette(), font());
        m_groupsChart = new BreakdownChart(m_groups, style);
        m_countriesChart = new BreakdownChart(m_countries, style);
        for (BreakdownChart *chart : { m_groupsChart, m_countriesChart }) {
            connect(chart->series(), &QAbstractBarSeries::hovered, this,
                [chart](bool entered, int index, QBarSet *set) {
                    if (!entered) {
                        QToolTip::hideText();
                        return;
                    }
                    QToolTip::showText(QCursor::pos(),
                        tr("%1 — %2: %3")
                            .arg(chart->categoryAxis()->at(index), set->label())
                            .arg(qRound(set->at(index))));
                });
        }
        m_countriesView = makeChartView(m_countriesChart, QStringLiteral("voteCountriesChart"));
        m_countriesScroll = new QScrollArea(this);
        m_countriesScroll->setObjectName(QStringLiteral("voteCountriesScroll"));
        m_countriesScroll->setWidgetResizable(true);
        m_countriesScroll->setFrameShape(QFrame::NoFrame);
        m_countriesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_countriesScroll->setWidget(m_countriesView);
        fitCountriesHeight();
        m_pages[int(ChartKind::Groups)]
            = makeChartView(m_groupsChart, QStringLiteral("voteGroupsChart"));
        m_pages[int(ChartKind::Countries)] = m_countriesScroll;
        m_stack->addWidget(m_pages.at(int(ChartKind::Groups)));
        m_stack->addWidget(m_countriesScroll);
    }
    return m_pages.at(int(kind));
}

void VotePane::fitCountriesHeight()
{
    if (!m_countriesView || !m_model->document().vote)
        return;
    // Room for every country's label (Qt Charts elides labels closer than about two lines).
    const int line = fontMetrics().height();
    m_countriesView->setMinimumHeight(
        int(m_model->document().vote->countries.size()) * line * 2 + 6 * line);
}

QChartView *VotePane::makeChartView(QChart *chart, const QString &objectName)
{
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
        [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    return view;
}

void VotePane::showContextMenu(QWidget *source, const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("voteChartMenu"));
    menu.addAction(m_copyAction);
    menu.addAction(m_exportAction);
    menu.exec(source->mapToGlobal(pos));
}

ChartKind VotePane::currentChartKind() const
{
    const int index = int(m_pages.indexOf(m_stack->currentWidget()));
    return index < 0 ? ChartKind::Totals : ChartKind(index);
}

bool VotePane::setCurrentChartKind(ChartKind kind)
{
    if (!availableChartKinds(m_model->document()).contains(kind))
        return false;
    const bool changed = currentChartKind() != kind || m_stack->currentWidget() == m_noVote;
    QWidget *page = m_pages.at(int(kind));
    m_stack->setCurrentWidget(page ? page : breakdownPage(kind));
    m_kind->setCurrentIndex(m_kind->findData(chartKindKey(kind)));
    if (changed)
        Q_EMIT currentChartKindChanged(kind);
    return true;
}

void VotePane::reload()
{
    const Document &document = m_model->document();
    const QList<ChartKind> kinds = availableChartKinds(document);
    const ChartKind previous = currentChartKind();
    m_kind->clear();
    for (ChartKind kind : kinds)
        m_kind->addItem(chartKindLabel(kind), chartKindKey(kind));
    m_kind->setEnabled(!kinds.isEmpty());
    m_copyAction->setEnabled(!kinds.isEmpty());
    m_exportAction->setEnabled(!kinds.isEmpty());
    m_howTheyVote->setEnabled(document.vote
        && !OnlineSources::canonicalReference(document.procedure.reference).isEmpty());

    if (!document.vote) {
        m_result->clear();
        m_note->hide();
        m_didNotVote->hide();
        m_stack->setCurrentWidget(m_noVote);
        return;
    }
    const Vote &vote = *document.vote;
    const QLocale locale;
    auto percent = [&](int count) {
        return locale.toString(VoteModel::percentOfCast(count, vote.cast()), 'f', 1);
    };
    // Whole phrases, never a lower-cased label: each language words and capitalises its own.
    m_result->setText(
        tr("<b>%1</b>: %2, %3, %4 of %5 votes cast")
            .arg(vote.adopted() ? tr("Adopted") : tr("Rejected"),
                tr("%1 for (%2%)").arg(vote.votesFor).arg(percent(vote.votesFor)),
                tr("%1 against (%2%)").arg(vote.against).arg(percent(vote.against)),
                tr("%1 abstentions (%2%)").arg(vote.abstentions).arg(percent(vote.abstentions)))
            .arg(vote.cast()));
    m_didNotVote->setVisible(vote.seats > 0);
    m_didNotVote->setText(tr("%1 of the %2 members did not vote.")
                              .arg(voteCount(vote, VotePosition::DidNotVote))
                              .arg(vote.seats));
    m_note->setVisible(vote.groups.isEmpty() && vote.countries.isEmpty());
    fitCountriesHeight();
    setCurrentChartKind(kinds.contains(previous) ? previous : ChartKind::Totals);
}

void VotePane::restyle()
{
    const ChartStyle style = ChartStyle::fromPalette(palette(), font());
    m_totalsChart->setChartStyle(style);
    if (m_groupsChart) {
        m_groupsChart->setChartStyle(style);
        m_countriesChart->setChartStyle(style);
    }
    for (QWidget *page : std::as_const(m_pages)) {
        if (auto *view = qobject_cast<QChartView *>(page))
            view->setBackgroundBrush(style.background);
    }
    m_hemicycle->update();
}

void VotePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    if (event->type() == QEvent::FontChange)
        reload(); // the country chart's height follows the font
    QWidget::changeEvent(event);
}

bool VotePane::exportChart(const QString &path, QString *error)
{
    const ChartKind kind = currentChartKind();
    const Document &document = m_model->document();
    return re::exportChart(document, kind, path, chartExportOptions(document, kind), error);
}

void VotePane::copyChart()
{
    const ChartKind kind = currentChartKind();
    if (!availableChartKinds(m_model->document()).contains(kind))
        return;
    const Document &document = m_model->document();
    const QByteArray png = renderPng(chartExportOptions(document, kind),
        [&document, kind](QPainter &painter, const QRectF &target) {
            paintChartImage(painter, target, document, kind);
        });
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(QImage::fromData(png, "PNG"));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace re
