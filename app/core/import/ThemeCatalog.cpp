// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ThemeCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace re {

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
    const QJsonArray themes = doc.object().value(u"themes").toArray();
    for (const QJsonValue &value : themes) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(u"name").toString();
        QStringList alternatives;
        for (const QJsonValue &cue : object.value(u"cues").toArray()) {
            QString text = cue.toString();
            const bool prefix = text.endsWith(u'*');
            if (prefix)
                text.chop(1);
            alternatives.append(
                QRegularExpression::escape(text) + (prefix ? QStringLiteral("\\w*") : QString()));
        }
        if (name.isEmpty() || alternatives.isEmpty()) {
            *error = QStringLiteral("a theme has no name or no cues");
            return std::nullopt;
        }
        // Acronyms (all capitals) match case-sensitively, other cues in any case.
        QStringList exact;
        QStringList anyCase;
        for (const QString &alternative : alternatives) {
            const bool acronym = alternative.size() <= 6 && alternative == alternative.toUpper();
            (acronym ? exact : anyCase).append(alternative);
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

QStringList ThemeCatalog::themesIn(const QString &text) const
{
    // The cues found in one scan; a theme has the text's theme when one of them holds one of
    // its cues (a theme's cue may lie inside another theme's longer cue).
    // A set: a long statement repeats the same few cues, and each is tested against every theme.
    QSet<QString> found;
    QRegularExpressionMatchIterator it = m_anyCue.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    QStringList result;
    if (found.isEmpty())
        return result;
    for (const Theme &theme : m_themes) {
        const bool has = std::any_of(found.cbegin(), found.cend(),
            [&theme](const QString &cue) { return theme.cues.match(cue).hasMatch(); });
        if (has)
            result.append(theme.name);
    }
    return result;
}

} // namespace re
