// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/VoteMapStyle.h"

#include "common/RolePalette.h"
#include "document/Document.h"
#include "vote/VotePosition.h"

#include <QCoreApplication>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::VoteMap)
};

/// Upper bounds of the net position of steps 0..3; step 4 takes the rest.
constexpr double StepBounds[] = { -0.6, -0.2, 0.2, 0.6 };

QColor stepColour(int step, bool dark)
{
    const QColor against = votePositionColour(VotePosition::Against);
    const QColor favour = votePositionColour(VotePosition::For);
    switch (step) {
    case 0:
        return against;
    case 1:
        return dark ? against.darker(160) : against.lighter(150);
    case 2:
        return dark ? QColor(0x6B, 0x65, 0x58) : QColor(0xEC, 0xE3, 0xC8);
    case 3:
        return dark ? favour.darker(160) : favour.lighter(150);
    default:
        return favour;
    }
}

QString stepLabel(int step)
{
    switch (step) {
    case 0:
        return Tr::tr("mostly against (net below %1)").arg(QChar(0x2212) + QStringLiteral("60%"));
    case 1:
        return Tr::tr("more against than for");
    case 2:
        return Tr::tr("split (net within %1)").arg(QChar(0x00b1) + QStringLiteral("20%"));
    case 3:
        return Tr::tr("more for than against");
    default:
        return Tr::tr("mostly for (net above +60%)");
    }
}

} // namespace

VoteMapStyle::VoteMapStyle(const Document &document)
{
    if (!document.vote)
        return;
    for (const VoteBreakdownRow &row : document.vote->countries) {
        const qint64 cast = row.cast();
        if (cast <= 0)
            continue;
        m_net.insert(row.code, double(row.votesFor - row.against) / double(cast));
        m_described.insert(row.code,
            Tr::tr("%1: %2 for, %3 against, %4 abstentions, %5 did not vote")
                .arg(row.label.isEmpty() ? row.code : row.label)
                .arg(row.votesFor)
                .arg(row.against)
                .arg(row.abstentions)
                .arg(row.didNotVote));
    }
}

int VoteMapStyle::step(const QString &key) const
{
    const auto it = m_net.constFind(key);
    if (it == m_net.cend())
        return -1;
    int step = 0;
    while (step < 4 && *it > StepBounds[step])
        ++step;
    return step;
}

CountryLook VoteMapStyle::look(const QString &key, bool dark) const
{
    const int s = step(key);
    if (s < 0)
        return { RolePalette::notMentionedFill(dark), Qt::NoBrush, {} };
    return { stepColour(s, dark), Qt::NoBrush, {} };
}

QString VoteMapStyle::describe(const QString &key) const
{
    return m_described.value(key);
}

QList<MapLegendEntry> VoteMapStyle::legend(bool dark) const
{
    int counts[5] = { 0, 0, 0, 0, 0 };
    for (auto it = m_net.cbegin(); it != m_net.cend(); ++it)
        ++counts[step(it.key())];
    QList<MapLegendEntry> entries;
    for (int s = 4; s >= 0; --s)
        entries.append({ stepLabel(s), { stepColour(s, dark), Qt::NoBrush, {} }, counts[s] });
    entries.append(
        { Tr::tr("no roll-call data"), { RolePalette::notMentionedFill(dark), Qt::NoBrush, {} } });
    return entries;
}

} // namespace re
