// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/GazetteerLabels.h"

#include <QCoreApplication>

namespace re {

namespace {

/// lupdate reads the names here, not in gazetteer.json.
constexpr const char *GazetteerNames[] = {
    QT_TRANSLATE_NOOP("re::Gazetteer", "European Union"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "NATO"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "United Nations"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "OSCE"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "ASEAN"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "African Union"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Council of Europe"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "G7"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "G20"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "OECD"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Gulf Cooperation Council"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "EFTA"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "AUKUS"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Western Balkans"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Eastern Partnership"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Baltic states"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Nordic countries"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Benelux"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Visegrád Group"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Weimar Triangle"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "South Caucasus"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Central Asia"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Council"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "European Council"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Commission"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "High Representative"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "EEAS"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "Member States"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "European Defence Agency"),
    QT_TRANSLATE_NOOP("re::Gazetteer", "European Investment Bank"),
};

} // namespace

QStringList translatableGazetteerNames()
{
    QStringList names;
    for (const char *name : GazetteerNames)
        names << QString::fromUtf8(name);
    return names;
}

} // namespace re
