// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/ThemeLabels.h"

#include <QCoreApplication>

namespace re {

namespace {

/// lupdate reads theme names here, not in themes.json.
constexpr const char *ThemeNames[] = {
    QT_TRANSLATE_NOOP("re::Themes", "Maritime security"),
    QT_TRANSLATE_NOOP("re::Themes", "Military mobility"),
    QT_TRANSLATE_NOOP("re::Themes", "Defence industry"),
    QT_TRANSLATE_NOOP("re::Themes", "Capabilities and interoperability"),
    QT_TRANSLATE_NOOP("re::Themes", "Cyber and hybrid threats"),
    QT_TRANSLATE_NOOP("re::Themes", "Space"),
    QT_TRANSLATE_NOOP("re::Themes", "Terrorism"),
    QT_TRANSLATE_NOOP("re::Themes", "Border management"),
    QT_TRANSLATE_NOOP("re::Themes", "Crisis management"),
    QT_TRANSLATE_NOOP("re::Themes", "Supply chains and raw materials"),
    QT_TRANSLATE_NOOP("re::Themes", "Women, Peace and Security"),
    QT_TRANSLATE_NOOP("re::Themes", "Resilience and critical infrastructure"),
    QT_TRANSLATE_NOOP("re::Themes", "Deterrence and collective defence"),
    QT_TRANSLATE_NOOP("re::Themes", "European Peace Facility"),
    QT_TRANSLATE_NOOP("re::Themes", "Rules-based order and multilateralism"),
    QT_TRANSLATE_NOOP("re::Themes", "Strategic Compass"),
    QT_TRANSLATE_NOOP("re::Themes", "Parliamentary oversight"),
    QT_TRANSLATE_NOOP("re::Themes", "Information sharing"),
    QT_TRANSLATE_NOOP("re::Themes", "Human rights"),
    QT_TRANSLATE_NOOP("re::Themes", "Democracy and rule of law"),
    QT_TRANSLATE_NOOP("re::Themes", "Sanctions and restrictive measures"),
    QT_TRANSLATE_NOOP("re::Themes", "Arms exports and embargoes"),
    QT_TRANSLATE_NOOP("re::Themes", "Humanitarian aid"),
    QT_TRANSLATE_NOOP("re::Themes", "Trade and investment"),
    QT_TRANSLATE_NOOP("re::Themes", "Energy"),
    QT_TRANSLATE_NOOP("re::Themes", "Migration"),
    QT_TRANSLATE_NOOP("re::Themes", "Climate and security"),
    QT_TRANSLATE_NOOP("re::Themes", "Enlargement"),
};

} // namespace

QString themeLabel(const QString &name)
{
    return QCoreApplication::translate("re::Themes", name.toUtf8().constData());
}

QStringList translatableThemeNames()
{
    QStringList names;
    for (const char *name : ThemeNames)
        names << QString::fromUtf8(name);
    return names;
}

} // namespace re
