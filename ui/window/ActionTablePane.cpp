// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/ActionTablePane.h"

#include "io/Citation.h"
#include "model/ActionFilterProxy.h"
#include "model/ActionTableModel.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/FilterBar.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace re {

namespace {

/// Lines of text in every row of the table.
constexpr int RowLines = 3;
/// The sentence column's width, in average characters, past which the side columns widen.
constexpr int ComfortableSentenceCharacters = 90;
/// How far the side columns widen: this many times their first width.
constexpr int MaxSideGrowth = 2;
/// The sentence column's width, in average characters, that the side columns narrow for.
constexpr int ReadableSentenceCharacters = 40;

/// Keeps the short side columns (kind, addressees, section) on one line, elided; the whole
/// text is in the tooltip.
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideRight;
    }
};

} // namespace

void ActionTableView::mousePressEvent(QMouseEvent *event)
{
    m_userInput = true;
    QTableView::mousePressEvent(event);
    m_userInput = false;
}

void ActionTableView::keyPressEvent(QKeyEvent *event)
{
    m_userInput = true;
    QTableView::keyPressEvent(event);
    m_userInput = false;
}

void ActionTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (m_userInput && current.isValid() && current.row() != previous.row())
        Q_EMIT rowChosen(current);
}

ActionTablePane::ActionTablePane(ResolutionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tableModel(new ActionTableModel(model, this))
    , m_proxy(new ActionFilterProxy(model, this))
    , m_filterBar(new FilterBar(model, this))
    , m_table(new ActionTableView(this))
    , m_emptyNote(new QLabel(this))
{
    setObjectName(QStringLiteral("actionTablePane"));
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Rows of a fixed height: sizing each row to its wrapped sentence (ResizeToContents) would
    // lay out the text of every row on start-up and again on every filter change.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    updateRowHeight();

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setTextElideMode(Qt::ElideRight); // a narrowed column's title, not cut off
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // reading order until a header is clicked
    m_table->setSortingEnabled(true);
    const int em = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(ActionTableModel::TextColumn, QHeaderView::Stretch);
    const QList<QPair<int, int>> widths { { ActionTableModel::VerbColumn, 13 },
        { ActionTableModel::AddresseesColumn, 17 }, { ActionTableModel::EntitiesColumn, 19 },
        { ActionTableModel::ThemesColumn, 21 }, { ActionTableModel::SectionColumn, 22 } };
    for (const auto &[column, chars] : widths) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, em * chars);
    }
    // The Kind column as wide as its longest label in the user's language ("Mise en avant",
    // "Verurteilung"), so that no kind is cut.
    const QFontMetrics metrics(m_table->font());
    int kindWidth = 0;
    for (VerbKind kind : allVerbKinds())
        kindWidth = std::max(kindWidth, metrics.horizontalAdvance(verbKindLabel(kind)));
    header->resizeSection(ActionTableModel::VerbColumn,
        std::max(header->sectionSize(ActionTableModel::VerbColumn), kindWidth + 3 * em));
    header->setMinimumSectionSize(em * 6);
    for (int column : { ActionTableModel::AddresseesColumn, ActionTableModel::EntitiesColumn,
             ActionTableModel::ThemesColumn, ActionTableModel::SectionColumn })
        m_sideColumns.append({ column, header->sectionSize(column) });
    auto *oneLine = new OneLineDelegate(m_table);
    for (int column : { ActionTableModel::VerbColumn, ActionTableModel::AddresseesColumn,
             ActionTableModel::SectionColumn })
        m_table->setItemDelegateForColumn(column, oneLine);

    m_emptyNote->setObjectName(QStringLiteral("actionTableEmpty"));
    m_emptyNote->setText(tr("No action matches these filters."));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->setParent(m_table->viewport());
    m_table->viewport()->installEventFilter(this);
    m_emptyNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);

    connect(m_table, &ActionTableView::rowChosen, this, [this](const QModelIndex &index) {
        m_model->selection()->setCurrentAction(index.data(IdRole).toString());
    });
    // The rows change when the filter's result is there (for a large document after the
    // keystroke): rows come back when filters are relaxed, so keep the current action selected
    // and in view.
    connect(m_proxy, &ActionFilterProxy::countsChanged, this, [this](int shown, int total) {
        m_filterBar->setCounts(shown, total);
        updateEmptyNote();
        followCurrentAction();
    });
    connect(m_model, &ResolutionModel::documentChanged, this, [this] {
        m_filterBar->setCounts(m_proxy->shownCount(), m_proxy->totalCount());
        followCurrentAction();
        updateEmptyNote();
    });
    connect(m_model->selection(), &SelectionState::currentActionChanged, this,
        &ActionTablePane::followCurrentAction);
    m_filterBar->setCounts(m_proxy->shownCount(), m_proxy->totalCount());
    updateEmptyNote();
    setFocusProxy(m_table);

    // Ctrl+C in the table, and its right-click menu: the statement with where it comes from.
    m_copyWithCitation = new QAction(tr("&Copy with Citation"), m_table);
    m_copyWithCitation->setObjectName(QStringLiteral("actionCopyWithCitation"));
    m_copyWithCitation->setShortcut(QKeySequence::Copy);
    m_copyWithCitation->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyWithCitation->setStatusTip(tr("Copy the statement with the resolution's title, "
                                        "reference, date and section"));
    m_table->addAction(m_copyWithCitation);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copyWithCitation, &QAction::triggered, this, [this] {
        const int index = m_model->document().actionIndex(m_model->selection()->currentAction());
        if (index >= 0)
            QGuiApplication::clipboard()->setText(quotedWithCitation(m_model->document(), index));
    });
    const auto updateCopy = [this] {
        m_copyWithCitation->setEnabled(!m_model->selection()->currentAction().isEmpty());
    };
    connect(m_model->selection(), &SelectionState::currentActionChanged, this, updateCopy);
    updateCopy();
}

QList<int> ActionTablePane::shownActionIndexes() const
{
    QList<int> indexes;
    indexes.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        indexes << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    return indexes;
}

void ActionTablePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateEmptyNote();
}

bool ActionTablePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitSideColumns();
    return QWidget::eventFilter(watched, event);
}

void ActionTablePane::fitSideColumns()
{
    const QHeaderView *header = m_table->horizontalHeader();
    const auto sentenceWidth = [this, header] {
        int width = m_table->viewport()->width();
        for (int column = 0; column < header->count(); ++column) {
            if (column != ActionTableModel::TextColumn && !header->isSectionHidden(column))
                width -= header->sectionSize(column);
        }
        return width;
    };
    // Widens (amount > 0) or narrows the side columns by `amount` in all, each in proportion
    // to its first width and within [low(column, first), high(column, first)]; a column that
    // reaches a bound leaves the rest to the others, in the next round.
    const auto spread = [this, header](int amount, auto low, auto high) {
        for (int round = 0; round < 5 && amount != 0; ++round) {
            const auto takesPart = [&](int column, int first) {
                const int width = header->sectionSize(column);
                return !header->isSectionHidden(column)
                    && (amount > 0 ? width < high(column, first) : width > low(column, first));
            };
            int weight = 0;
            for (const auto &[column, first] : std::as_const(m_sideColumns))
                weight += takesPart(column, first) ? first : 0;
            if (weight == 0)
                return;
            int left = amount;
            int weightLeft = weight;
            for (const auto &[column, first] : std::as_const(m_sideColumns)) {
                if (!takesPart(column, first))
                    continue;
                // The last one takes what rounding left.
                const int width = header->sectionSize(column);
                const int share = int(qint64(left) * first / weightLeft);
                weightLeft -= first;
                const int fitted
                    = std::clamp(width + share, low(column, first), high(column, first));
                left -= fitted - width;
                m_table->setColumnWidth(column, fitted);
            }
            if (left == amount)
                return;
            amount = left;
        }
    };
    const int em = fontMetrics().averageCharWidth();
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
    const auto firstWidth = [](int, int first) { return first; };
    const auto most = [](int, int first) { return first * MaxSideGrowth; };
    // Never narrower than its title (the header cuts a title off rather than elide it).
    const auto smallest = [header, margin](int column, int first) {
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        return std::min(first,
            std::max(header->minimumSectionSize(),
                header->fontMetrics().horizontalAdvance(title) + margin));
    };
    // Past a comfortable sentence, the side columns widen; short of it, they narrow back to
    // their first width; short of a readable sentence, below it down to their titles' width.
    spread(sentenceWidth() - em * ComfortableSentenceCharacters, firstWidth, most);
    spread(sentenceWidth() - em * ReadableSentenceCharacters, smallest, firstWidth);
}

void ActionTablePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateRowHeight();
}

void ActionTablePane::updateRowHeight()
{
    // Sentences wrap on up to RowLines lines and are elided after; the tooltip and the reader
    // show them whole.
    m_table->verticalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().lineSpacing() * RowLines + 8);
}

void ActionTablePane::followCurrentAction()
{
    const int sourceRow = m_tableModel->rowForAction(m_model->selection()->currentAction());
    const QModelIndex index
        = sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_tableModel->index(sourceRow, 0));
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    if (selection->currentIndex().row() != index.row() || !selection->isRowSelected(index.row()))
        selection->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ActionTablePane::updateEmptyNote()
{
    const bool empty = m_proxy->rowCount() == 0;
    // Why, in words: "China is named 2 times, in sentences that are not statements."
    m_emptyNote->setText(m_model->selection()->filter().whyNoAction(m_model->document()));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setGeometry(m_table->viewport()->rect());
    m_emptyNote->setVisible(empty);
}

} // namespace re
