// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/GroupVoteChart.h"

#include "vote/PoliticalGroups.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace re {

GroupVoteChart::GroupVoteChart(QWidget *parent)
    : QWidget(parent), m_note(new QLabel(this)), m_view(new QChartView(this))
{
    m_note->setObjectName(u"corpusVoteNote"_s);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setObjectName(u"corpusVoteChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    setVotes({}, 0);
}

void GroupVoteChart::replaceChart(QChart *chart)
{
    QChart *previous = m_view->chart(); // the view gives up the previous chart
    m_view->setChart(chart);
    delete previous;
}

bool GroupVoteChart::hasChart() const
{
    return !m_view->isHidden();
}

void GroupVoteChart::setVotes(const QList<DocumentGroupVotes> &votes, int documents)
{
    if (votes.isEmpty()) {
        m_note->setText(documents == 0
                ? tr("No resolution in this corpus.")
                : tr("None of the %Ln resolutions of this corpus has roll-call data by political "
                     "group: their summaries state the totals only. Attach roll-call data to a "
                     "resolution (File > Import Roll-call Data) and add it to the corpus again "
                     "to see how each group voted over time.",
                    nullptr, documents));
        // The hidden chart is emptied, not replaced: a new QChart costs a large corpus's
        // first paint 25 ms, for nothing to draw.
        QChart *chart = m_view->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        m_view->hide();
        return;
    }
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    m_note->setText(tr("Share of each political group's votes cast that were for, in the %1 of "
                       "%Ln resolutions with roll-call data by group.",
        nullptr, documents)
                        .arg(QLocale().toString(votes.size())));
    QStringList categories;
    QMap<int, QLineSeries *> seriesByOrder;
    QHash<QString, QLineSeries *> series;
    for (qsizetype i = 0; i < votes.size(); ++i) {
        const LibraryEntry &entry = votes.at(i).document;
        categories << (entry.reference.isEmpty() ? entry.date.toString(Qt::ISODate)
                                                 : entry.reference);
        for (const GroupPosition &group : votes.at(i).groups) {
            const int cast = group.votesFor + group.against + group.abstentions;
            if (cast <= 0)
                continue;
            QLineSeries *line = series.value(group.group);
            if (!line) {
                line = new QLineSeries;
                line->setName(group.shortLabel.isEmpty() ? group.group : group.shortLabel);
                line->setPointsVisible(true);
                QPen pen(politicalGroupColour(group.group), 2.5);
                line->setPen(pen);
                line->setColor(politicalGroupColour(group.group));
                series.insert(group.group, line);
                seriesByOrder.insert(
                    politicalGroupOrder(group.group) * 1000 + int(series.size()), line);
            }
            line->append(double(i), 100.0 * group.votesFor / cast);
        }
    }
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(u"%d %"_s);
    yAxis->setTitleText(tr("Votes for, % of the group's votes cast"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(seriesByOrder)) {
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
    }
    replaceChart(chart);
    m_view->show();
}

} // namespace re
