// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// A place or body the recogniser knows, with the forms it is written in.
struct GazetteerEntry
{
    QString id; ///< ISO alpha-3 for countries ("XKX" Kosovo), "NATO", "western-balkans"
    QString name; ///< short English name shown to users ("United Kingdom")
    EntityKind kind = EntityKind::Country;
    QString numeric; ///< ISO 3166-1 numeric for countries ("578"), empty otherwise
    QStringList forms; ///< names as written, case-sensitive, without a leading "the"
    QStringList adjectives; ///< "Norwegian", "Hungarian"...
    QStringList members; ///< member ids for organisations and groupings
};

/// The reference list of countries (all UN member states plus Kosovo, Taiwan and Palestine),
/// organisations and groupings, read from resources/gazetteer.json, and the recogniser that
/// finds them in text.
class Gazetteer
{
public:
    /// The gazetteer shipped in the resources (":/data/gazetteer.json"), loaded once.
    static const Gazetteer &builtin();
    /// Parses the JSON form; nullopt with one sentence in *error when it is malformed.
    static std::optional<Gazetteer> fromJson(const QByteArray &json, QString *error);

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    const GazetteerEntry *find(const QString &id) const;

    struct Match
    {
        QString id;
        TextSpan span;
    };
    /// Every mention in text, in order, never overlapping: whole words only, case-sensitive,
    /// the longest form wins ("North Korean" is PRK, not a "Korean"), phrases listed as
    /// exclusions ("Indian Ocean") are skipped.
    QList<Match> findMentions(const QString &text) const;

private:
    QList<GazetteerEntry> m_entries;
    QHash<QString, int> m_byId;
    QStringList m_exclusions;
    struct Form
    {
        QString text;
        int entry;
    };
    QList<Form> m_forms; ///< all forms and adjectives, longest first
    /// Candidates by the hash of their first word: an index into m_forms, or -1 - i for
    /// m_exclusions[i]. Each list is ordered longest first.
    QHash<size_t, QList<int>> m_index;

    void buildIndex();
    qsizetype bestMatch(QStringView text, qsizetype pos, qsizetype wordEnd, int *form) const;
};

} // namespace re
