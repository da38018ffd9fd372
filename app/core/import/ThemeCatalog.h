// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace re {

class KeywordScanner;

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
    struct CueThemes;
    /// A cue as m_anyCue holds it: its literal text, and whether it takes any ending.
    struct CueLiteral
    {
        QString text;
        bool prefix = false;
        bool exactCase = false; ///< an acronym, matched case-sensitively
        qsizetype alternativeSize = 0; ///< its length in the expression, which orders it
    };

    /// Sets has[i] for each theme i whose cues match inside `cue` (kept for the next time).
    void addThemesOfCue(QStringView cue, std::vector<bool> &has) const;
    /// Where cue number `cue` of m_cueLiterals, whose text starts at `start` in any ASCII case,
    /// ends as a whole match of m_anyCue's alternative; -1 when it does not match there.
    qsizetype cueEndAt(const QString &text, qsizetype start, int cue) const;

    QList<Theme> m_themes;
    QRegularExpression m_anyCue; ///< every theme's cues as one alternation, longest first
    QList<CueLiteral> m_cueLiterals; ///< in the order of m_anyCue's alternation
    /// Finds m_cueLiterals in any ASCII case; null when a cue is not plain ASCII.
    std::shared_ptr<const KeywordScanner> m_cueStarts;
    /// The themes of each cue text found so far (shared by copies, safe across threads).
    std::shared_ptr<CueThemes> m_cueThemes;
};

} // namespace re
