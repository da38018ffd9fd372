// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/EntityListModel.h"

#include "i18n/CountryNames.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

namespace re {

EntityListModel::EntityListModel(ResolutionModel *resolution, QObject *parent)
    : QAbstractTableModel(parent), m_resolution(resolution)
{
    const auto recount = [this] {
        const Document &doc = m_resolution->document();
        m_mentions.clear();
        m_actions.clear();
        const QHash<QString, int> mentions = doc.mentionCounts();
        for (const Entity &entity : doc.entities) {
            m_mentions.append(mentions.value(entity.id));
            m_actions.append(m_resolution->actionCount(entity.id));
        }
    };
    connect(resolution, &ResolutionModel::documentAboutToChange, this,
        &EntityListModel::beginResetModel);
    connect(resolution, &ResolutionModel::documentChanged, this, [this, recount] {
        recount();
        endResetModel();
    });
    connect(resolution->selection(), &SelectionState::filterChanged, this,
        [this](const ActionFilter &filter, const ActionFilter &previous) {
            if (filter.entities != previous.entities && rowCount() > 0)
                Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                    { Qt::CheckStateRole });
        });
    recount();
}

int EntityListModel::rowForEntity(const QString &entityId) const
{
    return m_resolution->document().entityIndex(entityId);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resolution->document().entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &entity = m_resolution->document().entities.at(index.row());
    const int mentions = m_mentions.value(index.row());
    const int actions = m_actions.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(entity);
        case KindColumn:
            switch (entity.kind) {
            case EntityKind::Country:
                return tr("country");
            case EntityKind::Grouping:
                return tr("grouping");
            case EntityKind::Institution:
                return tr("EU institution");
            case EntityKind::Organisation:
                break;
            }
            return tr("organisation");
        case RoleColumn:
            return entityRoleLabel(entity.role);
        case MentionsColumn:
            return mentions;
        case ActionsColumn:
            return actions;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 — %2").arg(displayName(entity), entityRoleLabel(entity.role));
        if (!entity.via.isEmpty()) {
            const Entity *via = m_resolution->entity(entity.via);
            tip += u'\n' + tr("Named through %1").arg(via ? displayName(*via) : entity.via);
        }
        return tip;
    }
    case Qt::CheckStateRole:
        if (index.column() == NameColumn) {
            return m_resolution->selection()->entityFilter().contains(entity.id) ? Qt::Checked
                                                                                 : Qt::Unchecked;
        }
        break;
    case IdRole:
        return entity.id;
    case KindRole:
        return entityKindKey(entity.kind);
    case EntityRoleRole:
        return entityRoleKey(entity.role);
    case CountRole:
        return actions;
    case SortRole:
        return index.column() == NameColumn ? QVariant(displayName(entity))
                                            : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

bool EntityListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = m_resolution->document().entities.at(index.row()).id;
    QStringList ids = m_resolution->selection()->entityFilter();
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (checked == ids.contains(id))
        return true;
    if (checked)
        ids.append(id);
    else
        ids.removeAll(id);
    // The shared state emits filterChanged, which reports dataChanged for every view.
    m_resolution->selection()->setEntityFilter(ids);
    return true;
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case RoleColumn:
        return tr("Role");
    case MentionsColumn:
        return tr("Mentions");
    case ActionsColumn:
        return tr("Actions");
    }
    return {};
}

} // namespace re
