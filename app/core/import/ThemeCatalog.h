// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// Policy themes and the cue words that mark them, from resources/themes.json.
class ThemeCatalog
{
public:
    /// The catalogue compiled into the program (":/data/themes.json"), loaded once.
    static const ThemeCatalog &builtin();
    static std::optional<ThemeCatalog> fromJson(const QByteArray &json, QString *error);

    QStringList names() const;
    /// Themes whose cues occur in the text, in catalogue order.
    QStringList themesIn(const QString &text) const;

private:
    struct Theme
    {
        QString name;
        QRegularExpression cues;
    };
    QList<Theme> m_themes;
    QRegularExpression m_anyCue; ///< every theme's cues as one alternation, longest first
};

} // namespace re
