// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapStyle.h"

#include <QHash>

namespace re {

/// "Resolutions naming it": each country coloured by how many of a corpus's resolutions name
/// it, on a five-step sequential scale (from one resolution to all of them).
class CorpusMapStyle
{
public:
    CorpusMapStyle() = default;
    /// `counts`: entity id -> resolutions naming it; `documents`: the corpus's size.
    CorpusMapStyle(const QHash<QString, int> &counts, int documents);

    /// Whether there is a corpus to colour by.
    bool available() const { return m_documents > 0; }
    int count(const QString &key) const { return m_counts.value(key); }
    int documents() const { return m_documents; }
    CountryLook look(const QString &key, bool dark) const;
    /// "named in 2 of 5 resolutions".
    QString describe(const QString &key) const;
    /// The steps with their ranges and number of countries, then "not named".
    QList<MapLegendEntry> legend(bool dark) const;

private:
    int step(int count) const; ///< 0..4 for a count of 1 or more, -1 for none

    QHash<QString, int> m_counts;
    int m_documents = 0;
};

} // namespace re
