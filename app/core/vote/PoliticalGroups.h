// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QColor>
#include <QList>
#include <QString>

namespace re {

/// A political group of the European Parliament as the charts show it.
struct PoliticalGroup
{
    QString code; ///< HowTheyVote.eu code: "EPP", "SD", "GREEN_EFA", ...
    QString shortLabel; ///< "EPP", "S&D", "Greens/EFA", ...
    QString label; ///< long name
    QString colour; ///< "#rrggbb"
};

/// The groups of the 2024-2029 term, seated left to right: The Left, S&D, Greens/EFA, Renew,
/// EPP, ECR, PfE, ESN, then the non-attached members.
const QList<PoliticalGroup> &politicalGroups2024();

/// Seating position of a group code in politicalGroups2024(); unknown codes sort after the
/// known groups but before "NI".
int politicalGroupOrder(const QString &code);

/// The group's colour; a neutral grey for unknown codes.
QColor politicalGroupColour(const QString &code);

/// The known group with that code, or nullptr.
const PoliticalGroup *politicalGroup(const QString &code);

/// The HowTheyVote.eu code of a group as the Parliament's own records name it ("PPE" is "EPP",
/// "Verts/ALE" is "GREEN_EFA", "The Left" and "GUE/NGL" are "GUE_NGL"...); a name it does not
/// know is returned as it is.
QString groupCodeOfRecordName(const QString &name);

/// Fills in the labels a group row lacks from the table of known groups.
void completeGroupLabels(VoteBreakdownRow &row);
/// Groups in seating order, left to right (politicalGroupOrder()).
void sortGroupRows(QList<VoteBreakdownRow> &rows);
/// Countries by name.
void sortCountryRows(QList<VoteBreakdownRow> &rows);

} // namespace re
