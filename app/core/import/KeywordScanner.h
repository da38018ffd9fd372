// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>
#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace re {

/// Finds many ASCII keywords at once in a text, in any ASCII case, in one pass (an Aho-Corasick
/// automaton). The importer uses it as a prefilter: a regular expression is only run where (or
/// when) one of the literal words it cannot match without occurs, so the result is the same as
/// running it everywhere, at a fraction of the cost.
///
/// Hand-written because Qt has no multi-pattern matcher, and the one Debian packages
/// (Hyperscan) matches bytes, where the text here is UTF-16, and runs on x86 only: a small
/// automaton instead, tested directly (tst_keywordscanner).
class KeywordScanner
{
public:
    /// Keywords of printable ASCII characters; matching ignores ASCII case.
    explicit KeywordScanner(const QStringList &keywords);

    qsizetype keywordCount() const { return m_lengths.size(); }
    qsizetype keywordLength(int keyword) const { return m_lengths.at(keyword); }

    /// Calls `onHit(start, keyword)` for every occurrence of every keyword (overlapping ones
    /// too), in order of their end; among those ending together, longest first.
    template<typename F> void scan(QStringView text, F onHit) const
    {
        std::uint32_t row = 0; // the state times the class count
        const qsizetype n = text.size();
        const char16_t *data = text.utf16();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = data[i];
            row = m_next[row + (c < 128 ? m_class[c] : 0u)];
            if (row < m_firstOutputRow)
                continue; // states with outputs are numbered last
            const size_t state = row / m_classCount;
            for (int out = m_firstOutput[state]; out < m_firstOutput[state + 1]; ++out) {
                const int keyword = m_outputs[size_t(out)];
                onHit(i + 1 - m_lengths.at(keyword), keyword);
            }
        }
    }

    /// Calls `onHit(start, keyword)` for every occurrence of a keyword that starts where no
    /// ASCII letter, digit or '_' comes before (as after a regular expression's \b), in order
    /// of start; among those starting together, shortest first. Cheaper than scan(): a word
    /// is only followed as far as some keyword starts as it does.
    template<typename F> void scanWordStarts(QStringView text, F onHit) const
    {
        const qsizetype n = text.size();
        const char16_t *data = text.utf16();
        bool afterWord = false;
        for (qsizetype start = 0; start < n; ++start) {
            const bool wordStartsHere = !afterWord;
            afterWord = isAsciiWordChar(data[start]);
            if (!wordStartsHere)
                continue;
            std::uint32_t row = 0;
            for (qsizetype i = start; i < n; ++i) {
                const char16_t c = data[i];
                const std::uint32_t characterClass = c < 128 ? m_class[c] : 0u;
                if (characterClass == 0)
                    break;
                row = m_trie[row + characterClass];
                if (row == 0)
                    break;
                if (row < m_firstOutputRow)
                    continue;
                const size_t state = row / m_classCount;
                for (int out = m_firstOutput[state]; out < m_ownOutputEnd[state]; ++out)
                    onHit(start, m_outputs[size_t(out)]);
            }
        }
    }

    /// \w of a regular expression without Unicode properties: ASCII letters, digits and '_'.
    static bool isAsciiWordChar(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_';
    }

    /// Which keywords occur in `text`, as a bit per keyword (the first 64 keywords only).
    std::uint64_t presentMask(QStringView text) const;

    /// True when `text` holds a character that a case-insensitive regular expression matches
    /// to an ASCII letter although it is none: the Kelvin sign (k) and the long s (s). Where
    /// it does, a prefilter of ASCII keywords can miss a case-insensitive match.
    static bool hasNonAsciiCaseVariant(QStringView text);

private:
    std::uint32_t m_classCount = 1; ///< character classes: 0 is "in no keyword"
    std::array<std::uint8_t, 128> m_class {}; ///< per ASCII code unit
    /// (state * m_classCount + class) -> next state * m_classCount
    std::vector<std::uint32_t> m_next;
    std::uint32_t m_firstOutputRow = 0; ///< the first state with outputs, times m_classCount
    std::vector<int> m_firstOutput; ///< per state, into m_outputs; one more entry at the end
    std::vector<int> m_outputs; ///< keyword indices
    /// Per state, where its own keywords (before those of its suffixes) end in m_outputs.
    std::vector<int> m_ownOutputEnd;
    /// The keywords' own edges, as m_next; 0 for none (no edge leads back to the root).
    std::vector<std::uint32_t> m_trie;
    QList<qsizetype> m_lengths; ///< per keyword
};

/// A regular expression tried only at chosen positions of a text, with the matches
/// globalMatch() gives: where a prefilter knows every position a match may start at, a long
/// text costs the tries at those positions, not a search through the whole text for each.
class AnchoredExpression
{
public:
    /// `expression` must never match empty text.
    explicit AnchoredExpression(const QRegularExpression &expression);

    const QRegularExpression &expression() const { return m_expression; }

    /// Calls `onMatch(match)` for each match of the expression in `text`, the same as
    /// expression().globalMatch(text) gives, trying it only at `starts`: ascending positions
    /// among which every match starts (more do no harm). `validUtf16` is isValidUtf16(text),
    /// found once for the expressions tried on one text.
    template<typename F>
    void forEachMatchAt(
        const QString &text, bool validUtf16, const std::vector<qsizetype> &starts, F onMatch) const
    {
        Q_ASSERT(validUtf16 == isValidUtf16(text));
        if (!validUtf16) {
            // The expression reports such a text as it always has (no match).
            QRegularExpressionMatchIterator it = m_expression.globalMatch(text);
            while (it.hasNext())
                onMatch(it.next());
            return;
        }
        qsizetype resumeAt = 0;
        for (const qsizetype start : starts) {
            if (start < resumeAt)
                continue;
            // Checked once above: each try then costs the match, not the whole text's length.
            const QRegularExpressionMatch match
                = m_anchored.match(text, start, QRegularExpression::NormalMatch,
                    QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!match.hasMatch())
                continue;
            resumeAt = std::max(match.capturedEnd(), start + 1);
            onMatch(match);
        }
    }

    /// No lone surrogate: a text the expression's engine may read unchecked.
    static bool isValidUtf16(QStringView text);

private:
    QRegularExpression m_expression;
    QRegularExpression
        m_anchored; ///< the expression after \G: JIT-compiled, unlike an anchored match
};

} // namespace re
