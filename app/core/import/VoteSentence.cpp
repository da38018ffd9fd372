// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/VoteSentence.h"

#include <QRegularExpression>
#include <array>

using namespace Qt::StringLiterals;

namespace re {

namespace {

constexpr std::array<const char16_t *, 20> smallNumbers { u"zero", u"one", u"two", u"three",
    u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve",
    u"thirteen", u"fourteen", u"fifteen", u"sixteen", u"seventeen", u"eighteen", u"nineteen" };

constexpr std::array<const char16_t *, 8> tens { u"twenty", u"thirty", u"forty", u"fifty", u"sixty",
    u"seventy", u"eighty", u"ninety" };

template<std::size_t N> int indexOf(const std::array<const char16_t *, N> &words, QStringView word)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (word.compare(QStringView(words[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

/// One count inside the vote patterns: digits, or a number word up to ninety-nine.
QString countPattern()
{
    QStringList words;
    // Longest first so that "seventeen" is not read as "seven".
    for (int i = int(smallNumbers.size()) - 1; i >= 0; --i)
        words.append(QString::fromUtf16(smallNumbers[std::size_t(i)]));
    QStringList tensWords;
    for (const char16_t *word : tens)
        tensWords.append(QString::fromUtf16(word));
    const QString units = u"one|two|three|four|five|six|seven|eight|nine"_s;
    return u"(\\d{1,4}|(?:"_s + tensWords.join(u'|') + u")(?:[- ](?:"_s + units + u"))?|"_s
        + words.join(u'|') + u")"_s;
}

struct VotePattern
{
    QRegularExpression expression;
    int forGroup;
    int againstGroup;
    int abstentionGroup; ///< 0 when the pattern says "no abstentions"
};

const QList<VotePattern> &votePatterns()
{
    static const QList<VotePattern> patterns = [] {
        const QString n = countPattern();
        const QString b = u"\\b"_s;
        const auto make = [](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        };
        // "by 440 votes to 119", "by twelve votes to one", "440 votes to 119"
        const QString forAgainst = b + u"(?:by\\s+)?"_s + n + u"\\s+votes?\\s+to\\s+"_s + n + b;
        // ", with 85 abstentions" / " with 80 abstentions" / " and 3 abstentions" /
        // " with 93 votes" (the source's slip for abstentions)
        const QString abstentions
            = u"\\s*,?\\s*(?:with|and)\\s+"_s + n + u"\\s+(?:abstentions?|votes?)\\b"_s;
        const QString noAbstention = u"\\s*,?\\s*(?:with\\s+|and\\s+)?no\\s+abstentions?\\b"_s;
        // "400 votes in favour, 63 against with 81 abstentions"
        const QString inFavour = b + n + u"\\s+votes?\\s+(?:in\\s+favour|for)\\s*,?\\s*"_s + n
            + u"\\s+(?:votes?\\s+)?against"_s;
        const QString favourAbstentions
            = u"\\s*,?\\s*(?:(?:with|and)\\s+)?"_s + n + u"\\s+abstentions?\\b"_s;
        return QList<VotePattern> {
            { make(forAgainst + abstentions), 1, 2, 3 },
            { make(forAgainst + noAbstention), 1, 2, 0 },
            { make(inFavour + favourAbstentions), 1, 2, 3 },
            { make(inFavour + noAbstention), 1, 2, 0 },
        };
    }();
    return patterns;
}

} // namespace

std::optional<int> parseCount(const QString &word)
{
    const QString w = word.trimmed();
    if (w.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = w.toInt(&ok);
    if (ok) {
        if (value < 0 || value > MaxVotes)
            return std::nullopt; // not a vote of any parliament
        return value;
    }
    if (const int small = indexOf(smallNumbers, w); small >= 0)
        return small;
    const QList<QStringView> parts = QStringView(w).split(QRegularExpression(u"[- ]"_s));
    if (parts.size() > 2)
        return std::nullopt;
    const int ten = indexOf(tens, parts.front());
    if (ten < 0)
        return std::nullopt;
    if (parts.size() == 1)
        return 20 + 10 * ten;
    const int unit = indexOf(smallNumbers, parts.back());
    if (unit < 1 || unit > 9)
        return std::nullopt;
    return 20 + 10 * ten + unit;
}

std::optional<Vote> parseVoteSentence(const QString &text)
{
    // Hard line breaks and runs of spaces (also non-breaking ones) inside the sentence.
    const QString flat = text.simplified();
    std::optional<Vote> best;
    qsizetype bestAt = -1;
    for (const VotePattern &pattern : votePatterns()) {
        const QRegularExpressionMatch match = pattern.expression.match(flat);
        if (!match.hasMatch() || (bestAt >= 0 && match.capturedStart() >= bestAt))
            continue;
        const auto votesFor = parseCount(match.captured(pattern.forGroup));
        const auto against = parseCount(match.captured(pattern.againstGroup));
        const auto abstentions = pattern.abstentionGroup > 0
            ? parseCount(match.captured(pattern.abstentionGroup))
            : std::optional<int>(0);
        if (!votesFor || !against || !abstentions
            || qint64(*votesFor) + *against + *abstentions > MaxVotes)
            continue;
        Vote vote;
        vote.votesFor = *votesFor;
        vote.against = *against;
        vote.abstentions = *abstentions;
        best = vote;
        bestAt = match.capturedStart();
    }
    return best;
}

} // namespace re
