// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/PoliticalGroups.h"

#include <QHash>
#include <algorithm>

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

QString groupCodeOfRecordName(const QString &name)
{
    // The Parliament's short names across the 9th and 10th terms, and HowTheyVote's codes.
    static const QHash<QString, QString> codes {
        { QStringLiteral("PPE"), QStringLiteral("EPP") },
        { QStringLiteral("EPP"), QStringLiteral("EPP") },
        { QStringLiteral("S&D"), QStringLiteral("SD") },
        { QStringLiteral("RENEW"), QStringLiteral("RENEW") },
        { QStringLiteral("VERTS/ALE"), QStringLiteral("GREEN_EFA") },
        { QStringLiteral("GREENS/EFA"), QStringLiteral("GREEN_EFA") },
        { QStringLiteral("ECR"), QStringLiteral("ECR") },
        { QStringLiteral("PFE"), QStringLiteral("PFE") },
        { QStringLiteral("ESN"), QStringLiteral("ESN") },
        { QStringLiteral("THE LEFT"), QStringLiteral("GUE_NGL") },
        { QStringLiteral("GUE/NGL"), QStringLiteral("GUE_NGL") },
        { QStringLiteral("ID"), QStringLiteral("ID") },
        { QStringLiteral("NI"), QStringLiteral("NI") },
    };
    return codes.value(name.trimmed().toUpper(), name.trimmed());
}

void completeGroupLabels(VoteBreakdownRow &row)
{
    if (const PoliticalGroup *known = politicalGroup(row.code)) {
        if (row.label.isEmpty())
            row.label = known->label;
        if (row.shortLabel.isEmpty())
            row.shortLabel = known->shortLabel;
    }
    if (row.label.isEmpty())
        row.label = row.shortLabel.isEmpty() ? row.code : row.shortLabel;
    if (row.shortLabel.isEmpty())
        row.shortLabel = row.code;
}

void sortGroupRows(QList<VoteBreakdownRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const int oa = politicalGroupOrder(a.code);
        const int ob = politicalGroupOrder(b.code);
        return oa != ob ? oa < ob : a.code < b.code;
    });
}

void sortCountryRows(QList<VoteBreakdownRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        const int byLabel = a.label.compare(b.label, Qt::CaseInsensitive);
        return byLabel != 0 ? byLabel < 0 : a.code < b.code;
    });
}

} // namespace re
