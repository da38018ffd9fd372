// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ThemeCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    }
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
    QStringList result;
    for (const Theme &theme : m_themes) {
        if (theme.cues.match(text).hasMatch())
            result.append(theme.name);
    }
    return result;
}

} // namespace re
