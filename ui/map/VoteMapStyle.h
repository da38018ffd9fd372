// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapStyle.h"

#include <QHash>

namespace re {

struct Document;

/// What the map colours: the partners and threats the text names, how each member state's
/// MEPs voted, or how many resolutions of the corpus name each country.
enum class MapColouring { Partners, Vote, Corpus };

/// "How MEPs voted": each member state coloured by its MEPs' net position, (for − against) /
/// votes cast, on a five-step diverging scale from mostly against to mostly for. Only from a
/// breakdown by country in the roll-call data the user attached: never guessed.
class VoteMapStyle
{
public:
    explicit VoteMapStyle(const Document &document);

    /// Whether the document's vote has a breakdown by country to colour.
    bool available() const { return !m_net.isEmpty(); }
    /// A country's look: its step of the scale, or "no roll-call data" for a country the
    /// breakdown does not list.
    CountryLook look(const QString &key, bool dark) const;
    /// "Germany: 56 for, 19 against, 15 abstentions, 6 did not vote"; empty when not listed.
    QString describe(const QString &key) const;
    /// The five steps (with the number of member states in each), then "no roll-call data".
    QList<MapLegendEntry> legend(bool dark) const;

private:
    int step(const QString &key) const; ///< 0 (mostly against) .. 4 (mostly for), -1 unlisted

    QHash<QString, double> m_net; ///< alpha-3 -> (for - against) / cast
    QHash<QString, QString> m_described;
};

} // namespace re
