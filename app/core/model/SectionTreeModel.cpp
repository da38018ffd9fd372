// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SectionTreeModel.h"

#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"

namespace re {

namespace {
constexpr quintptr RootId = 0;
}

SectionTreeModel::SectionTreeModel(ResolutionModel *resolution, QObject *parent)
    : QAbstractItemModel(parent), m_resolution(resolution)
{
    connect(resolution, &ResolutionModel::documentAboutToChange, this,
        &SectionTreeModel::beginResetModel);
    connect(resolution, &ResolutionModel::documentChanged, this, [this] {
        countActions();
        endResetModel();
    });
    countActions();
}

void SectionTreeModel::countActions()
{
    const Document &doc = m_resolution->document();
    QList<int> own(doc.sections.size(), 0);
    for (const Action &action : doc.actions) {
        if (action.section >= 0 && action.section < own.size())
            ++own[action.section];
    }
    m_actionsInSubtree.fill(0, doc.sections.size());
    for (int section = 0; section < doc.sections.size(); ++section) {
        for (int member : doc.sectionSubtree(section))
            m_actionsInSubtree[section] += own.at(member);
    }
}

int SectionTreeModel::sectionOf(const QModelIndex &index) const
{
    // -1 stands for the whole-resolution root row.
    return int(index.internalId()) - 1;
}

QList<int> SectionTreeModel::childrenOf(int section) const
{
    const Document &doc = m_resolution->document();
    if (section < 0)
        return doc.topLevelSections();
    return doc.sections.at(section).children;
}

QModelIndex SectionTreeModel::indexForSection(const QString &sectionId, int column) const
{
    if (sectionId.isEmpty())
        return index(0, column);
    const Document &doc = m_resolution->document();
    const int section = doc.sectionIndex(sectionId);
    if (section < 0)
        return {};
    const int parentSection = doc.sections.at(section).parent;
    const int row = int(childrenOf(parentSection).indexOf(section));
    return createIndex(row, column, quintptr(section + 1));
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, RootId);
    const QList<int> children = childrenOf(sectionOf(parent));
    return createIndex(row, column, quintptr(children.at(row) + 1));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RootId)
        return {};
    const Document &doc = m_resolution->document();
    const int parentSection = doc.sections.at(sectionOf(child)).parent;
    if (parentSection < 0)
        return createIndex(0, 0, RootId);
    const int grandParent = doc.sections.at(parentSection).parent;
    const int row = int(childrenOf(grandParent).indexOf(parentSection));
    return createIndex(row, 0, quintptr(parentSection + 1));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(childrenOf(sectionOf(parent)).size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Document &doc = m_resolution->document();
    const int section = sectionOf(index);
    const bool root = section < 0;
    const int paragraphs
        = root ? int(doc.paragraphs.size()) : int(doc.sections.at(section).paragraphs.size());
    const int actions = root ? int(doc.actions.size()) : m_actionsInSubtree.value(section);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            if (root) {
                return doc.procedure.title.isEmpty() ? tr("Whole resolution") : doc.procedure.title;
            }
            return doc.sections.at(section).title;
        case ParagraphsColumn:
            return paragraphs;
        case ActionsColumn:
            return actions;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            const QString title
                = root ? tr("The whole resolution") : doc.sections.at(section).title;
            return QString(tr("%1\n%n paragraph(s)", nullptr, paragraphs).arg(title) + u'\n'
                + tr("%n action(s)", nullptr, actions));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != TitleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return root ? QString() : doc.sections.at(section).id;
    case CountRole:
        return actions;
    default:
        break;
    }
    return {};
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Section");
        case ParagraphsColumn:
            return tr("¶", "paragraph count column");
        case ActionsColumn:
            return tr("Actions");
        }
    }
    if (role == Qt::ToolTipRole && section == ParagraphsColumn)
        return tr("Paragraphs");
    return {};
}

} // namespace re
