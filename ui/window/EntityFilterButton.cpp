// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/EntityFilterButton.h"

#include "i18n/CountryNames.h"
#include "model/EntityListModel.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace re {

namespace {

/// Sorts by SortRole where the model gives one (numbers as numbers), else by display text.
class EntitySortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        QVariant a = left.data(SortRole);
        QVariant b = right.data(SortRole);
        if (!a.isValid() || !b.isValid()) {
            a = left.data(Qt::DisplayRole);
            b = right.data(Qt::DisplayRole);
        }
        const auto order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Equivalent)
            return left.row() < right.row();
        return order == QPartialOrdering::Less;
    }
};

} // namespace

EntityFilterButton::EntityFilterButton(ResolutionModel *model, QWidget *parent)
    : QPushButton(parent)
    , m_model(model)
    , m_entities(new EntityListModel(model, this))
    , m_proxy(new EntitySortProxy(this))
    , m_search(new QLineEdit)
    , m_list(new QTreeView)
{
    setObjectName(QStringLiteral("entityFilter"));
    setAccessibleName(tr("Entity filter"));
    setToolTip(tr("Show only the actions that involve the chosen countries, organisations "
                  "or groupings"));

    m_proxy->setSourceModel(m_entities);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EntityListModel::NameColumn);

    auto *popup = new QWidget;
    popup->setObjectName(QStringLiteral("entityFilterPopup"));
    m_search->setObjectName(QStringLiteral("entityFilterSearch"));
    m_search->setPlaceholderText(tr("Find an entity"));
    m_search->setAccessibleName(tr("Find an entity"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Type to narrow the list; Up and Down choose an entity, Enter or "
                            "Space ticks or unticks it"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        highlightFirstRow();
    });
    // Enter, Space and the arrows act on the list while the search field has the focus.
    m_search->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("entityFilterList"));
    m_list->setAccessibleName(tr("Entities"));
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(EntityListModel::ActionsColumn, Qt::DescendingOrder);
    m_list->setColumnHidden(EntityListModel::KindColumn, true);
    m_list->setColumnHidden(EntityListModel::MentionsColumn, true);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    // Sized when the popup opens (below): ResizeToContents would measure every entity on each
    // change while the popup is hidden, at the window's start-up too.
    header->setSectionResizeMode(EntityListModel::RoleColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(EntityListModel::ActionsColumn, QHeaderView::Fixed);
    m_list->setMinimumSize(420, 360);
    // A click anywhere on a row toggles it, not only on its check box.
    m_list->viewport()->installEventFilter(this);

    auto *clear = new QPushButton(tr("Any entity"), popup);
    clear->setObjectName(QStringLiteral("entityFilterClear"));
    clear->setToolTip(tr("Remove the entity filter"));
    connect(
        clear, &QPushButton::clicked, this, [this] { m_model->selection()->setEntityFilter({}); });

    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(clear, 0, Qt::AlignRight);

    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("entityFilterMenu"));
    auto *action = new QWidgetAction(menu);
    action->setObjectName(QStringLiteral("actionEntityFilterList"));
    action->setDefaultWidget(popup);
    menu->addAction(action);
    connect(menu, &QMenu::aboutToShow, this, [this] {
        m_search->clear();
        for (const int column : { EntityListModel::RoleColumn, EntityListModel::ActionsColumn })
            m_list->resizeColumnToContents(column);
        // Typing narrows the list at once; the first entity is the one Enter or Space ticks.
        m_search->setFocus();
        highlightFirstRow();
    });
    setMenu(menu);

    connect(m_model->selection(), &SelectionState::filterChanged, this,
        [this](const ActionFilter &filter, const ActionFilter &previous) {
            if (filter.entities != previous.entities)
                updateText();
        });
    connect(m_model, &ResolutionModel::documentChanged, this, &EntityFilterButton::updateText);
    updateText();
}

bool EntityFilterButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress)
        return searchKeyPressed(static_cast<QKeyEvent *>(event));
    if (watched == m_list->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = m_list->indexAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && index.isValid()) {
            toggleRow(index.row());
            return true;
        }
    }
    return QPushButton::eventFilter(watched, event);
}

bool EntityFilterButton::searchKeyPressed(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleHighlightedRow();
        return true; // the menu stays open for the next entity
    case Qt::Key_Space:
        if (event->modifiers() & ~Qt::KeypadModifier)
            return false;
        // A space is typed while some entity's name goes on with one ("United Kingdom"); once
        // none does, the search is complete and Space ticks the entity chosen.
        if (spaceContinuesAName())
            return false;
        toggleHighlightedRow();
        return true;
    default:
        return false;
    }
}

bool EntityFilterButton::spaceContinuesAName() const
{
    QString text = m_search->text();
    if (m_search->hasSelectedText())
        text.remove(m_search->selectionStart(), m_search->selectedText().size());
    const int cursor
        = m_search->hasSelectedText() ? m_search->selectionStart() : m_search->cursorPosition();
    text.insert(cursor, u' ');
    if (text.trimmed().isEmpty())
        return false;
    for (int row = 0; row < m_entities->rowCount(); ++row) {
        if (m_entities->index(row, EntityListModel::NameColumn)
                .data()
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void EntityFilterButton::highlightFirstRow()
{
    if (m_proxy->rowCount() == 0)
        return;
    m_list->selectionModel()->setCurrentIndex(m_proxy->index(0, EntityListModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void EntityFilterButton::toggleHighlightedRow()
{
    if (!m_list->currentIndex().isValid())
        highlightFirstRow();
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        toggleRow(current.row());
}

void EntityFilterButton::toggleRow(int proxyRow)
{
    const QModelIndex index = m_proxy->index(proxyRow, EntityListModel::NameColumn);
    const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_proxy->setData(index, int(checked ? Qt::Unchecked : Qt::Checked), Qt::CheckStateRole);
}

void EntityFilterButton::updateText()
{
    const QStringList ids = m_model->selection()->entityFilter();
    QStringList names;
    for (const QString &id : ids) {
        const Entity *entity = m_model->entity(id);
        names << (entity ? displayName(*entity) : id);
    }
    QString text;
    if (names.isEmpty())
        text = tr("Entities: any");
    else if (names.size() <= 2)
        text = tr("Entities: %1").arg(names.join(QStringLiteral(", ")));
    else
        text = tr("Entities: %1 and %2 more").arg(names.first()).arg(names.size() - 1);
    setText(text);
    setToolTip(names.isEmpty()
            ? tr("Show only the actions that involve the chosen countries, "
                 "organisations or groupings")
            : tr("Showing the actions that involve: %1").arg(names.join(QStringLiteral(", "))));
}

} // namespace re
