// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/PoliticalGroups.h"

namespace re {

const QList<PoliticalGroup> &politicalGroups2024()
{
    // Labels are the groups' own names; colours are the ones usually used in seat diagrams.
    static const QList<PoliticalGroup> groups = {
        { QStringLiteral("GUE_NGL"), QStringLiteral("The Left"),
            QStringLiteral("The Left in the European Parliament"), QStringLiteral("#8e1f2f") },
        { QStringLiteral("SD"), QStringLiteral("S&D"),
            QStringLiteral("Progressive Alliance of Socialists and Democrats"),
            QStringLiteral("#f0001c") },
        { QStringLiteral("GREEN_EFA"), QStringLiteral("Greens/EFA"),
            QStringLiteral("Greens/European Free Alliance"), QStringLiteral("#57b45f") },
        { QStringLiteral("RENEW"), QStringLiteral("Renew"), QStringLiteral("Renew Europe"),
            QStringLiteral("#ffd700") },
        { QStringLiteral("EPP"), QStringLiteral("EPP"), QStringLiteral("European People's Party"),
            QStringLiteral("#3399ff") },
        { QStringLiteral("ECR"), QStringLiteral("ECR"),
            QStringLiteral("European Conservatives and Reformists"), QStringLiteral("#0054a5") },
        { QStringLiteral("PFE"), QStringLiteral("PfE"), QStringLiteral("Patriots for Europe"),
            QStringLiteral("#2f1c59") },
        { QStringLiteral("ESN"), QStringLiteral("ESN"),
            QStringLiteral("Europe of Sovereign Nations"), QStringLiteral("#6b3e1e") },
        { QStringLiteral("NI"), QStringLiteral("NI"), QStringLiteral("Non-attached Members"),
            QStringLiteral("#999999") },
    };
    return groups;
}

int politicalGroupOrder(const QString &code)
{
    const QList<PoliticalGroup> &groups = politicalGroups2024();
    for (int i = 0; i < groups.size(); ++i) {
        if (groups.at(i).code.compare(code, Qt::CaseInsensitive) == 0)
            return code.compare(u"NI", Qt::CaseInsensitive) == 0 ? int(groups.size()) : i;
    }
    return int(groups.size()) - 1; // after ESN, before NI
}

QColor politicalGroupColour(const QString &code)
{
    const PoliticalGroup *group = politicalGroup(code);
    return QColor(group ? group->colour : QStringLiteral("#bbbbbb"));
}

const PoliticalGroup *politicalGroup(const QString &code)
{
    for (const PoliticalGroup &group : politicalGroups2024()) {
        if (group.code.compare(code, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

} // namespace re
