// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/SectionTreePane.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SectionTreeModel.h"
#include "model/SelectionState.h"
#include "window/SectionFilterProxy.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace re {

namespace {

/// A little air between the rows: the tree is read, not scanned like a table. A title is as
/// high as its lines wrapped at the column's width (the view does not give the width).
class RoomyDelegate : public QStyledItemDelegate
{
public:
    explicit RoomyDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped = option;
        if (m_tree->wordWrap()) {
            int width = m_tree->columnWidth(index.column());
            if (index.column() == m_tree->treePosition()) {
                int depth = m_tree->rootIsDecorated() ? 1 : 0;
                for (QModelIndex parent = index.parent(); parent.isValid();
                     parent = parent.parent())
                    ++depth;
                width -= m_tree->indentation() * depth;
            }
            wrapped.rect = QRect(0, 0, std::max(width, 1), option.fontMetrics.height());
        }
        return QStyledItemDelegate::sizeHint(wrapped, index) + QSize(0, 6);
    }

private:
    QTreeView *m_tree;
};

} // namespace

SectionTreePane::SectionTreePane(ResolutionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_treeModel(new SectionTreeModel(model, this))
    , m_proxy(new SectionFilterProxy(model, this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_noMatch(new QLabel(this))
{
    setObjectName(QStringLiteral("sectionTreePane"));
    m_proxy->setSourceModel(m_treeModel);

    m_search->setObjectName(QStringLiteral("sectionSearch"));
    m_search->setPlaceholderText(tr("Search sections (Ctrl+F)"));
    m_search->setToolTip(tr("Show only the sections whose title or text contains these words. "
                            "Esc clears the search."));
    m_search->setAccessibleName(tr("Search sections"));
    m_search->setClearButtonEnabled(true);
    auto *clear = new QAction(tr("Clear Search"), m_search);
    clear->setObjectName(QStringLiteral("actionClearSectionSearch"));
    clear->setShortcut(Qt::Key_Escape);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        m_search->clear();
        onSearchEdited({});
    });
    connect(m_search, &QLineEdit::textChanged, this, &SectionTreePane::onSearchEdited);
    // Enter or the down arrow go from the search into the (filtered) tree.
    auto *toTree = new QAction(tr("Go to Sections"), m_search);
    toTree->setObjectName(QStringLiteral("actionSectionSearchToTree"));
    toTree->setShortcut(Qt::Key_Down);
    toTree->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(toTree);
    connect(toTree, &QAction::triggered, this, [this] { m_tree->setFocus(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_tree->setFocus(); });

    m_tree->setObjectName(QStringLiteral("sectionTree"));
    m_tree->setAccessibleName(tr("Sections"));
    m_tree->setModel(m_proxy);
    // Titles wrap between words where the pane is narrow, rather than lose their ends.
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new RoomyDelegate(m_tree));
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setWordWrap(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SectionTreeModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SectionTreeModel::ParagraphsColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SectionTreeModel::ActionsColumn, QHeaderView::Fixed);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    // The view keeps its rows' heights when a column's width changes: the titles are laid out
    // again, once after a run of resizes.
    auto *relayout = new QTimer(this);
    relayout->setObjectName(QStringLiteral("sectionTreeRelayout"));
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_tree, &QTreeView::doItemsLayout);
    connect(header, &QHeaderView::sectionResized, relayout, [relayout](int column) {
        if (column == SectionTreeModel::TitleColumn)
            relayout->start();
    });

    m_noMatch->setObjectName(QStringLiteral("sectionSearchEmpty"));
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_noMatch);
    setFocusProxy(m_tree);

    connect(m_model, &ResolutionModel::documentChanged, this, [this] {
        m_tree->expandAll();
        fitCountColumns();
        followCurrentSection();
    });
    connect(m_model->selection(), &SelectionState::currentSectionChanged, this,
        &SectionTreePane::followCurrentSection);
    m_tree->expandAll();
    fitCountColumns();
    followCurrentSection();
}

void SectionTreePane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitCountColumns();
}

void SectionTreePane::fitCountColumns()
{
    // The whole resolution's row, the first, holds the largest counts: measuring its text is
    // enough (the header's own hint covers the titles).
    const QModelIndex whole = m_proxy->index(0, 0);
    QHeaderView *header = m_tree->header();
    const int margin
        = 2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1);
    for (const int column :
        { SectionTreeModel::ParagraphsColumn, SectionTreeModel::ActionsColumn }) {
        const QModelIndex index = whole.siblingAtColumn(column);
        QFont font = m_tree->font();
        if (const QVariant own = index.data(Qt::FontRole); own.isValid())
            font = own.value<QFont>().resolve(font);
        const int text = QFontMetrics(font).horizontalAdvance(index.data().toString());
        header->resizeSection(column, std::max(header->sectionSizeHint(column), text + margin));
    }
}

void SectionTreePane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString SectionTreePane::searchText() const
{
    return m_proxy->searchText();
}

void SectionTreePane::followCurrentSection()
{
    const QModelIndex source = m_treeModel->indexForSection(m_model->selection()->currentSection());
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_following = true;
    if (index.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_tree->scrollTo(index);
    } else {
        m_tree->selectionModel()->clearSelection();
    }
    m_following = false;
}

void SectionTreePane::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_following || !current.isValid())
        return;
    const QString sectionId = current.data(IdRole).toString();
    SelectionState *state = m_model->selection();
    // Leaving the current action's section lets go of the action.
    const Document &document = m_model->document();
    if (const Action *action = m_model->action(state->currentAction())) {
        const int section = document.sectionIndex(sectionId);
        if (section >= 0 && !document.sectionSubtree(section).contains(action->section))
            state->setCurrentAction({});
    }
    state->setCurrentSection(sectionId);
}

void SectionTreePane::onSearchEdited(const QString &text)
{
    if (text == m_proxy->searchText())
        return;
    // Rows vanishing under the filter move the tree's current row: not a user's choice.
    m_following = true;
    m_proxy->setSearchText(text);
    m_tree->expandAll();
    m_following = false;
    const bool none = !text.trimmed().isEmpty() && m_proxy->rowCount() == 0;
    m_noMatch->setText(
        none ? tr("No section contains \u201c%1\u201d.").arg(text.trimmed()) : QString());
    m_noMatch->setVisible(none);
    followCurrentSection();
    m_model->selection()->setSectionSearch(text);
}

} // namespace re
