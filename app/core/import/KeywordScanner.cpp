// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/KeywordScanner.h"

#include <algorithm>
#include <deque>

namespace re {

namespace {

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
}

bool isAsciiKeyword(const QString &keyword)
{
    return !keyword.isEmpty() && std::all_of(keyword.cbegin(), keyword.cend(), [](QChar c) {
        return c.unicode() > 0 && c.unicode() < 128;
    });
}

} // namespace

KeywordScanner::KeywordScanner(const QStringList &keywords)
{
    // Character classes: one per letter a keyword holds (both cases alike), 0 for the rest.
    for (const QString &keyword : keywords) {
        if (!isAsciiKeyword(keyword))
            continue;
        for (const QChar c : keyword) {
            const char16_t lower = asciiLower(c.unicode());
            if (m_class[lower] == 0) {
                m_class[lower] = std::uint8_t(m_classCount++);
                if (lower >= u'a' && lower <= u'z')
                    m_class[lower - u'a' + u'A'] = m_class[lower];
            }
        }
    }
    // The trie: `next` holds -1 for "no edge" until the automaton is completed below.
    std::vector<std::vector<int>> ownOutputs(1);
    std::vector<int> next(size_t(m_classCount), -1);
    for (qsizetype k = 0; k < keywords.size(); ++k) {
        const QString &keyword = keywords.at(k);
        m_lengths.append(keyword.size());
        if (!isAsciiKeyword(keyword))
            continue; // never found
        int state = 0;
        for (const QChar c : keyword) {
            const size_t edge
                = size_t(state) * size_t(m_classCount) + m_class[asciiLower(c.unicode())];
            if (next[edge] < 0) {
                next[edge] = int(ownOutputs.size());
                ownOutputs.emplace_back();
                next.resize(next.size() + size_t(m_classCount), -1);
            }
            state = next[edge];
        }
        ownOutputs[size_t(state)].push_back(int(k));
    }
    const std::vector<int> trie = next; // the edges of the keywords themselves
    // Breadth first: each state's failure link, its missing edges taken from that link, and
    // its outputs (its own keyword, then those of the suffixes that are keywords).
    const size_t states = ownOutputs.size();
    std::vector<int> failure(states, 0);
    std::vector<std::vector<int>> outputs(states);
    std::deque<int> queue;
    for (int c = 0; c < int(m_classCount); ++c) {
        int &target = next[size_t(c)];
        if (c == 0 || target < 0) {
            target = 0;
        } else {
            failure[size_t(target)] = 0;
            queue.push_back(target);
        }
    }
    outputs[0] = ownOutputs[0];
    while (!queue.empty()) {
        const int state = queue.front();
        queue.pop_front();
        outputs[size_t(state)] = ownOutputs[size_t(state)];
        const std::vector<int> &inherited = outputs[size_t(failure[size_t(state)])];
        outputs[size_t(state)].insert(
            outputs[size_t(state)].end(), inherited.cbegin(), inherited.cend());
        for (int c = 0; c < int(m_classCount); ++c) {
            const size_t edge = size_t(state) * size_t(m_classCount) + size_t(c);
            const int fallback
                = next[size_t(failure[size_t(state)]) * size_t(m_classCount) + size_t(c)];
            if (c == 0) {
                next[edge] = 0; // a character no keyword holds ends every partial match
            } else if (next[edge] < 0) {
                next[edge] = fallback;
            } else {
                failure[size_t(next[edge])] = fallback;
                queue.push_back(next[edge]);
            }
        }
    }
    // States renumbered, those with outputs last, so that the scan tells them by a comparison;
    // the root has none (no keyword is empty) and stays 0.
    std::vector<std::uint32_t> renumbered(states);
    std::vector<size_t> order; // old state of each new number
    for (const bool withOutputs : { false, true }) {
        if (withOutputs)
            m_firstOutputRow = std::uint32_t(order.size()) * m_classCount;
        for (size_t state = 0; state < states; ++state) {
            if (outputs[state].empty() != withOutputs) {
                renumbered[state] = std::uint32_t(order.size());
                order.push_back(state);
            }
        }
    }
    m_next.resize(next.size());
    m_trie.resize(next.size());
    m_firstOutput.reserve(states + 1);
    m_ownOutputEnd.reserve(states);
    for (size_t number = 0; number < states; ++number) {
        const size_t state = order[number];
        for (size_t c = 0; c < m_classCount; ++c) {
            const size_t edge = state * m_classCount + c;
            m_next[number * m_classCount + c] = renumbered[size_t(next[edge])] * m_classCount;
            m_trie[number * m_classCount + c]
                = trie[edge] < 0 ? 0 : renumbered[size_t(trie[edge])] * m_classCount;
        }
        m_firstOutput.push_back(int(m_outputs.size()));
        m_ownOutputEnd.push_back(int(m_outputs.size() + ownOutputs[state].size()));
        m_outputs.insert(m_outputs.end(), outputs[state].cbegin(), outputs[state].cend());
    }
    m_firstOutput.push_back(int(m_outputs.size()));
}

std::uint64_t KeywordScanner::presentMask(QStringView text) const
{
    std::uint64_t mask = 0;
    scan(text, [&mask](qsizetype, int keyword) {
        if (keyword < 64)
            mask |= std::uint64_t(1) << keyword;
    });
    return mask;
}

bool KeywordScanner::hasNonAsciiCaseVariant(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() == 0x212A || c.unicode() == 0x017F; });
}

AnchoredExpression::AnchoredExpression(const QRegularExpression &expression)
    : m_expression(expression)
    , m_anchored(
          QStringLiteral("\\G(?:") + expression.pattern() + u')', expression.patternOptions())
{
    m_anchored.optimize();
}

bool AnchoredExpression::isValidUtf16(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0xD800 || c > 0xDFFF)
            continue;
        if (c > 0xDBFF || i + 1 >= n || text.at(i + 1).unicode() < 0xDC00
            || text.at(i + 1).unicode() > 0xDFFF)
            return false;
        ++i;
    }
    return true;
}

} // namespace re
