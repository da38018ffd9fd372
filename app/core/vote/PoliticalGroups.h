// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace re
