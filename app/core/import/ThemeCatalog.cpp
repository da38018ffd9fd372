// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ThemeCatalog.h"

#include "import/KeywordScanner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace re {

struct ThemeCatalog::CueThemes
{
    struct Entry
    {
        QString cue;
        QList<int> themes;
    };
    /// Enough for every cue in each of its spellings; past it, themes are found again each time.
    static constexpr qsizetype maxEntries = 20000;
    QMutex mutex;
    QHash<size_t, QList<Entry>> byHash; ///< by qHash() of the cue, so a view can look it up
    qsizetype count = 0;
};

const ThemeCatalog &ThemeCatalog::builtin()
{
    static const ThemeCatalog catalog = [] {
        QFile file(QStringLiteral(":/data/themes.json"));
        QString error;
        std::optional<ThemeCatalog> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        if (!loaded)
            qFatal("The compiled-in themes.json is broken: %s", qPrintable(error));
        return *loaded;
    }();
    return catalog;
}

std::optional<ThemeCatalog> ThemeCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the theme list is not a JSON object");
        return std::nullopt;
    }
    ThemeCatalog catalog;
    QStringList everyExact;
    QStringList everyAnyCase;
    QList<CueLiteral> literals; // as in everyAnyCase, then everyExact, once sorted
    QList<CueLiteral> exactLiterals;
    const QJsonArray themes = doc.object().value(u"themes").toArray();
    for (const QJsonValue &value : themes) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(u"name").toString();
        QStringList alternatives;
        QList<CueLiteral> cueLiterals;
        for (const QJsonValue &cue : object.value(u"cues").toArray()) {
            QString text = cue.toString();
            const bool prefix = text.endsWith(u'*');
            if (prefix)
                text.chop(1);
            alternatives.append(
                QRegularExpression::escape(text) + (prefix ? QStringLiteral("\\w*") : QString()));
            cueLiterals.append({ text, prefix, false, alternatives.last().size() });
        }
        if (name.isEmpty() || alternatives.isEmpty()) {
            *error = QStringLiteral("a theme has no name or no cues");
            return std::nullopt;
        }
        // Acronyms (all capitals) match case-sensitively, other cues in any case.
        QStringList exact;
        QStringList anyCase;
        for (qsizetype i = 0; i < alternatives.size(); ++i) {
            const QString &alternative = alternatives.at(i);
            const bool acronym = alternative.size() <= 6 && alternative == alternative.toUpper();
            (acronym ? exact : anyCase).append(alternative);
            cueLiterals[i].exactCase = acronym;
            (acronym ? exactLiterals : literals).append(cueLiterals.at(i));
        }
        QString pattern = QStringLiteral("\\b(?:(?i:") + anyCase.join(u'|') + QStringLiteral(")");
        if (anyCase.isEmpty())
            pattern = QStringLiteral("\\b(?:(?!)");
        if (!exact.isEmpty())
            pattern += u'|' + exact.join(u'|');
        pattern += QStringLiteral(")\\b");
        Theme theme { name, QRegularExpression(pattern) };
        theme.cues.optimize();
        catalog.m_themes.append(theme);
        everyExact.append(exact);
        everyAnyCase.append(anyCase);
    }
    // Every cue of every theme in one expression, longest first ("energy independence" before
    // "energy"), so that a text is scanned once; each theme then checks only what was found.
    const auto longestFirst
        = [](const QString &a, const QString &b) { return a.size() > b.size(); };
    std::stable_sort(everyExact.begin(), everyExact.end(), longestFirst);
    std::stable_sort(everyAnyCase.begin(), everyAnyCase.end(), longestFirst);
    QStringList alternatives;
    if (!everyAnyCase.isEmpty())
        alternatives.append(QStringLiteral("(?i:") + everyAnyCase.join(u'|') + u')');
    alternatives.append(everyExact);
    catalog.m_anyCue = QRegularExpression(
        QStringLiteral("\\b(?:") + alternatives.join(u'|') + QStringLiteral(")\\b"));
    catalog.m_anyCue.optimize();
    // The same cues in the same order, for the scan that finds what m_anyCue would.
    const auto longestLiteralFirst = [](const CueLiteral &a, const CueLiteral &b) {
        return a.alternativeSize > b.alternativeSize;
    };
    std::stable_sort(literals.begin(), literals.end(), longestLiteralFirst);
    std::stable_sort(exactLiterals.begin(), exactLiterals.end(), longestLiteralFirst);
    literals.append(exactLiterals);
    // Cues of plain ASCII that start with a word character: each match starts at a word start.
    const bool scannable = std::all_of(literals.cbegin(), literals.cend(), [](const CueLiteral &c) {
        return !c.text.isEmpty() && KeywordScanner::isAsciiWordChar(c.text.front().unicode())
            && std::all_of(c.text.cbegin(), c.text.cend(),
                [](QChar ch) { return ch.unicode() > 0 && ch.unicode() < 128; });
    });
    if (scannable) {
        QStringList keywords;
        for (const CueLiteral &literal : std::as_const(literals))
            keywords.append(literal.text);
        catalog.m_cueLiterals = literals;
        catalog.m_cueStarts = std::make_shared<const KeywordScanner>(keywords);
    }
    catalog.m_cueThemes = std::make_shared<CueThemes>();
    if (catalog.m_themes.isEmpty()) {
        *error = QStringLiteral("the theme list is empty");
        return std::nullopt;
    }
    return catalog;
}

QStringList ThemeCatalog::names() const
{
    QStringList result;
    for (const Theme &theme : m_themes)
        result.append(theme.name);
    return result;
}

void ThemeCatalog::addThemesOfCue(QStringView cue, std::vector<bool> &has) const
{
    const size_t hash = qHash(cue);
    {
        const QMutexLocker locker(&m_cueThemes->mutex);
        const auto known = m_cueThemes->byHash.constFind(hash);
        if (known != m_cueThemes->byHash.cend()) {
            for (const CueThemes::Entry &entry : *known) {
                if (entry.cue == cue) {
                    for (const int theme : entry.themes)
                        has[size_t(theme)] = true;
                    return;
                }
            }
        }
    }
    // A theme has the cue when one of its own cues matches inside it (a theme's cue may lie
    // inside another theme's longer cue).
    const QString text = cue.toString();
    QList<int> themes;
    for (qsizetype i = 0; i < m_themes.size(); ++i) {
        if (m_themes.at(i).cues.match(text).hasMatch()) {
            themes.append(int(i));
            has[size_t(i)] = true;
        }
    }
    const QMutexLocker locker(&m_cueThemes->mutex);
    if (m_cueThemes->count < CueThemes::maxEntries) {
        m_cueThemes->byHash[hash].append({ text, themes });
        ++m_cueThemes->count;
    }
}

namespace {

bool isAsciiWord(QChar c)
{
    return KeywordScanner::isAsciiWordChar(c.unicode());
}

/// \b at `position` of `text`.
bool isWordBoundary(const QString &text, qsizetype position)
{
    const bool before = position > 0 && isAsciiWord(text.at(position - 1));
    const bool after = position < text.size() && isAsciiWord(text.at(position));
    return before != after;
}

} // namespace

qsizetype ThemeCatalog::cueEndAt(const QString &text, qsizetype start, int cue) const
{
    const CueLiteral &literal = m_cueLiterals.at(cue);
    const qsizetype literalEnd = start + literal.text.size();
    // The scan matched the cue in any ASCII case; an acronym must match exactly.
    if (literal.exactCase && QStringView(text).mid(start, literal.text.size()) != literal.text)
        return -1;
    if (!literal.prefix)
        return isWordBoundary(text, literalEnd) ? literalEnd : -1;
    // "cue\w*\b": the word characters after the cue, greedily, then a boundary; backtracking
    // can only find one at the cue's own end.
    qsizetype end = literalEnd;
    while (end < text.size() && isAsciiWord(text.at(end)))
        ++end;
    if (isWordBoundary(text, end))
        return end;
    return isWordBoundary(text, literalEnd) ? literalEnd : -1;
}

QStringList ThemeCatalog::themesIn(const QString &text) const
{
    // The cues m_anyCue.globalMatch() finds, found with one scan for every cue's literal text
    // from each word start (where the expression's \b lets a cue start): at each position in
    // text order (after the end of the match before), the first cue of m_anyCue's alternation
    // that matches there whole. A Kelvin sign or long s could match a
    // cue's k or s in any case without being one: such a text goes through the expression.
    std::vector<std::pair<qsizetype, qsizetype>> found; // start, length
    if (!m_cueStarts || KeywordScanner::hasNonAsciiCaseVariant(text)) {
        QRegularExpressionMatchIterator it = m_anyCue.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            found.emplace_back(match.capturedStart(), match.capturedLength());
        }
    } else {
        std::vector<std::pair<qsizetype, int>> hits; // start, cue (alternation order)
        m_cueStarts->scanWordStarts(
            text, [&hits](qsizetype start, int cue) { hits.emplace_back(start, cue); });
        std::sort(hits.begin(), hits.end());
        qsizetype resumeAt = 0;
        qsizetype triedAt = -1;
        for (const auto &[start, cue] : hits) {
            if (start < resumeAt || start == triedAt)
                continue;
            if (!isWordBoundary(text, start)) {
                triedAt = start;
                continue;
            }
            const qsizetype end = cueEndAt(text, start, cue);
            if (end < 0)
                continue; // a later cue of the alternation may match here
            found.emplace_back(start, end - start);
            resumeAt = end;
        }
    }
    QStringList result;
    if (found.empty())
        return result;
    std::vector<bool> has(size_t(m_themes.size()), false);
    for (const auto &[start, length] : found)
        addThemesOfCue(QStringView(text).mid(start, length), has);
    for (qsizetype i = 0; i < m_themes.size(); ++i) {
        if (has[size_t(i)])
            result.append(m_themes.at(i).name);
    }
    return result;
}

} // namespace re
