// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/BreakdownChart.h"

#include "model/ModelRoles.h"
#include "vote/VoteBreakdownModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <cmath>

namespace re {

namespace {

/// The rows bottom to top: horizontal bars draw the first category at the bottom, and a
/// category axis cannot be reversed (Qt Charts ignores setReverse() for it).
class ReversedRows : public QSortFilterProxyModel
{
public:
    explicit ReversedRows(QAbstractItemModel *source, QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setSourceModel(source);
        sort(0, Qt::DescendingOrder);
    }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return left.row() < right.row();
    }
};

} // namespace

BreakdownChart::BreakdownChart(
    VoteBreakdownModel *model, const ChartStyle &style, QGraphicsItem *parent)
    : QChart(parent)
    , m_model(model)
    , m_style(style)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_mapper(new QVBarModelMapper(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    m_series->setObjectName(model->kind() == VoteBreakdownModel::Kind::Groups
            ? QStringLiteral("voteGroupsSeries")
            : QStringLiteral("voteCountriesSeries"));
    m_series->setBarWidth(0.72);
    addSeries(m_series);
    addAxis(m_categories, Qt::AlignLeft);
    addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));

    // Each count column is a bar set, each row a category.
    m_mapper->setFirstBarSetColumn(VoteBreakdownModel::ForColumn);
    m_mapper->setLastBarSetColumn(VoteBreakdownModel::DidNotVoteColumn);
    m_mapper->setFirstRow(0);
    m_mapper->setRowCount(-1);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(new ReversedRows(m_model, this));

    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this] { restyle(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        reloadAxes();
        restyle();
    });
    legend()->setAlignment(Qt::AlignBottom);
    reloadAxes();
    restyle();
}

BreakdownChart::~BreakdownChart()
{
    // The mapper first: QChart's destructor removes the series' slices or sets, and the
    // mapper would mirror that into a model that may be gone already.
    delete m_mapper;
}

void BreakdownChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    restyle();
}

void BreakdownChart::reloadAxes()
{
    QStringList labels;
    int largest = 0;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) { // bottom to top, as the bars
        const QModelIndex label = m_model->index(row, VoteBreakdownModel::LabelColumn);
        const QVariant cohesion = label.data(CohesionRole);
        // Beside a group's name, its cohesion: how united it voted.
        labels.append(cohesion.isValid()
                ? tr("%1 \u00b7 %2%")
                      .arg(label.data().toString(),
                          QLocale().toString(100 * cohesion.toDouble(), 'f', 0))
                : label.data().toString());
        int total = 0;
        for (int column = VoteBreakdownModel::ForColumn; column < VoteBreakdownModel::ColumnCount;
             ++column)
            total += m_model->index(row, column).data().toInt();
        largest = std::max(largest, total);
    }
    m_categories->setCategories(labels);
    // A round upper bound: 1, 2 or 5 times a power of ten, split into 4 to 8 ticks.
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(largest, 1))));
    double step = magnitude;
    for (double factor : { 0.1, 0.2, 0.5, 1.0, 2.0 }) {
        step = magnitude * factor;
        if (std::ceil(largest / step) <= 8)
            break;
    }
    step = std::max(step, 1.0);
    const double top = std::max(step, std::ceil(largest / step) * step);
    m_values->setRange(0, top);
    m_values->setTickCount(int(std::lround(top / step)) + 1);
}

void BreakdownChart::restyle()
{
    setTheme(m_style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundBrush(m_style.background);
    setBackgroundPen(Qt::NoPen);
    setBackgroundRoundness(0);
    legend()->setFont(m_style.font);
    legend()->setLabelColor(m_style.text);
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values) }) {
        axis->setLabelsFont(m_style.font);
        axis->setLabelsColor(m_style.text);
        axis->setGridLineColor(m_style.grid);
        axis->setLinePenColor(m_style.grid);
    }
    m_categories->setGridLineVisible(false);
    // A label cut to "..." names nothing: the plot gives way to the widest label instead.
    m_categories->setTruncateLabels(false);

    const bool groups = m_model->kind() == VoteBreakdownModel::Kind::Groups;
    // Counts inside the bars fit the few thick group bars, not the 27 country bars.
    m_series->setLabelsVisible(groups);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const VotePosition position
            = VoteBreakdownModel::columnPosition(VoteBreakdownModel::ForColumn + i);
        QBarSet *set = sets.at(i);
        const QColor colour = votePositionColour(position);
        set->setColor(colour);
        set->setBorderColor(m_style.background);
        set->setLabelFont(m_style.scaledFont(0.85));
        // Dark text on the light fills, white on the dark ones.
        set->setLabelColor(colour.lightnessF() > 0.55 ? QColor(0x20, 0x20, 0x20) : Qt::white);
    }
}

} // namespace re
