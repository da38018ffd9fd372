// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/CorpusMapStyle.h"

#include "common/RolePalette.h"

#include <QCoreApplication>
#include <QLocale>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CorpusMapStyle)
};

/// Paul Tol's sequential "iridescent"-like blues, light to dark (reversed on a dark window).
QColor stepColour(int step, bool dark)
{
    static const QColor light[] = { QColor(0xd6, 0xe6, 0xf4), QColor(0xab, 0xd0, 0xe6),
        QColor(0x6a, 0xae, 0xd6), QColor(0x30, 0x82, 0xbe), QColor(0x08, 0x45, 0x94) };
    static const QColor darkSteps[] = { QColor(0x25, 0x3a, 0x52), QColor(0x2b, 0x55, 0x80),
        QColor(0x35, 0x75, 0xad), QColor(0x5a, 0x9c, 0xd6), QColor(0x9c, 0xc8, 0xf0) };
    return dark ? darkSteps[step] : light[step];
}

} // namespace

CorpusMapStyle::CorpusMapStyle(const QHash<QString, int> &counts, int documents)
    : m_counts(counts), m_documents(documents)
{ }

int CorpusMapStyle::step(int count) const
{
    if (count <= 0 || m_documents <= 0)
        return -1;
    if (m_documents <= 5)
        return std::clamp(count - 1 + (5 - m_documents), 0, 4);
    return std::clamp(int((count - 1) * 5 / m_documents), 0, 4);
}

CountryLook CorpusMapStyle::look(const QString &key, bool dark) const
{
    const int s = step(count(key));
    return { s < 0 ? RolePalette::notMentionedFill(dark) : stepColour(s, dark), Qt::NoBrush, {} };
}

QString CorpusMapStyle::describe(const QString &key) const
{
    const int named = count(key);
    return named > 0 ? Tr::tr("named in %1 of %Ln resolutions", nullptr, m_documents)
                           .arg(QLocale().toString(named))
                     : Tr::tr("named in none of the %Ln resolutions", nullptr, m_documents);
}

QList<MapLegendEntry> CorpusMapStyle::legend(bool dark) const
{
    // One line per step that some country is in, with the counts it covers.
    QList<MapLegendEntry> entries;
    for (int s = 4; s >= 0; --s) {
        int low = 0;
        int high = 0;
        for (int count = 1; count <= m_documents; ++count) {
            if (step(count) != s)
                continue;
            low = low == 0 ? count : low;
            high = count;
        }
        if (low == 0)
            continue;
        int countries = 0;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            if (step(it.value()) == s)
                ++countries;
        }
        if (countries == 0)
            continue;
        const QString label = low == high
            ? Tr::tr("named in %1 of %Ln resolutions", nullptr, m_documents)
                  .arg(QLocale().toString(low))
            : Tr::tr("named in %1 to %2 of %Ln resolutions", nullptr, m_documents)
                  .arg(QLocale().toString(low), QLocale().toString(high));
        entries.append({ label, { stepColour(s, dark), Qt::NoBrush, {} }, countries });
    }
    entries.append(
        { Tr::tr("not named"), { RolePalette::notMentionedFill(dark), Qt::NoBrush, {} } });
    return entries;
}

} // namespace re
