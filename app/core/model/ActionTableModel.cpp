// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ActionTableModel.h"

#include "i18n/CountryNames.h"
#include "i18n/ThemeLabels.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"

namespace re {

namespace {

/// A statement's text as a cell shows it: whole, unless it is longer than any real statement
/// (a hostile document's sentence of megabytes), which the table would lay out at every paint.
QString shownText(const QString &text)
{
    constexpr qsizetype MaxShown = 4000;
    return text.size() <= MaxShown ? text : text.left(MaxShown) + QChar(0x2026);
}

QString entityNames(const Document &doc, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        const int index = doc.entityIndex(id);
        names.append(index >= 0 ? displayName(doc.entities.at(index)) : id);
    }
    return shownText(names.join(QStringLiteral(", ")));
}

} // namespace

ActionTableModel::ActionTableModel(ResolutionModel *resolution, QObject *parent)
    : QAbstractTableModel(parent), m_resolution(resolution)
{
    connect(resolution, &ResolutionModel::documentAboutToChange, this,
        &ActionTableModel::beginResetModel);
    connect(resolution, &ResolutionModel::documentChanged, this, &ActionTableModel::endResetModel);
}

int ActionTableModel::rowForAction(const QString &actionId) const
{
    return m_resolution->document().actionIndex(actionId);
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resolution->document().actions.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Document &doc = m_resolution->document();
    const Action &action = doc.actions.at(index.row());
    const QString sectionTitle
        = action.section >= 0 ? doc.sections.at(action.section).title : tr("Opening");
    if (role == Qt::ToolTipRole && index.column() == VerbColumn && action.acts.size() > 1) {
        // Every act of the statement, the strongest shown in the column.
        QStringList acts;
        for (const SpeechAct &act : action.acts) {
            acts.append(act.implicit ? tr("%1 (implied)").arg(verbKindLabel(act.kind))
                                     : verbKindLabel(act.kind));
        }
        return acts.join(QStringLiteral(", "));
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return shownText(action.text);
        case VerbColumn:
            return verbKindLabel(action.verb);
        case AddresseesColumn:
            return action.addressees.isEmpty() ? QStringLiteral("—")
                                               : action.addressees.join(QStringLiteral(", "));
        case EntitiesColumn:
            return entityNames(doc, action.entities);
        case ThemesColumn: {
            QStringList labels;
            for (const QString &theme : action.themes)
                labels << themeLabel(theme);
            return labels.join(QStringLiteral(", "));
        }
        case SectionColumn:
            return sectionTitle;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TextColumn:
            return index.row(); // reading order
        case SectionColumn:
            return action.section;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return action.id;
    case KindRole:
        return verbKindKey(action.verb);
    case ActsRole: {
        QStringList acts;
        for (const SpeechAct &act : action.acts)
            acts.append(verbKindKey(act.kind));
        return acts;
    }
    case EntitiesRole:
        return action.entities;
    case InvolvedEntitiesRole:
        return doc.involvedEntities(action);
    case ThemesRole:
        return action.themes;
    case SectionIdRole:
        return action.section >= 0 ? doc.sections.at(action.section).id : QString();
    case ParagraphIdRole:
        return doc.paragraphs.at(action.paragraph).id;
    default:
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Action");
    case VerbColumn:
        return tr("Kind");
    case AddresseesColumn:
        return tr("Addressed to");
    case EntitiesColumn:
        return tr("Entities");
    case ThemesColumn:
        return tr("Themes");
    case SectionColumn:
        return tr("Section");
    }
    return {};
}

} // namespace re
