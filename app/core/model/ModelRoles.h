// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace re {

/// Item data roles shared by the core's item models: views ask for domain keys, not rows.
enum ModelRole {
    IdRole = Qt::UserRole + 1, ///< QString: section, action or entity id
    KindRole, ///< QString: entity kind key, or verb kind key for actions
    EntityRoleRole, ///< QString: entity role key ("priority-partner")
    EntitiesRole, ///< QStringList: entity ids named by an action
    InvolvedEntitiesRole, ///< QStringList: ids named plus grouping members
    ThemesRole, ///< QStringList: theme names
    SectionIdRole, ///< QString: section id of an action
    ParagraphIdRole, ///< QString: paragraph id of an action
    CountRole, ///< int: a count (actions of a section, mentions of an entity)
    SortRole, ///< QVariant suited to sorting the column
    ActsRole, ///< QStringList: verb kind keys of every act of a statement (the kind filter's)
    CohesionRole, ///< double 0..1: a group's share of voting members in its majority position
};

} // namespace re
