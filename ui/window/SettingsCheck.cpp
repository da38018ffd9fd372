// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/SettingsCheck.h"

#include <QSettings>
#include <algorithm>

namespace re {

Q_LOGGING_CATEGORY(lcSettings, "re.settings", QtWarningMsg)

int dropForeignSettings(QSettings &settings, const QStringList &knownKeys,
    const QStringList &stringListKeys, const QStringList &knownGroups)
{
    QVariantMap kept;
    qsizetype dropped = 0;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        const qsizetype slash = key.indexOf(u'/');
        const bool inKnownGroup = slash > 0 && knownGroups.contains(key.left(slash))
            && value.userType() == QMetaType::QString;
        bool bad = !knownKeys.contains(key) && !inKnownGroup;
        if (!bad && stringListKeys.contains(key)) {
            bad = value.userType() != QMetaType::QStringList
                && value.userType() != QMetaType::QString;
        }
        if (bad)
            ++dropped;
        else
            kept.insert(key, value);
    }
    if (dropped == 0 && settings.status() == QSettings::NoError)
        return 0;
    if (settings.status() != QSettings::NoError)
        dropped = std::max<qsizetype>(dropped, 1); // unreadable as a whole
    // Written afresh with only what is kept: removing a garbage key one by one can miss it, as
    // QSettings normalises the name it is asked to remove.
    settings.clear();
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        settings.setValue(it.key(), it.value());
    // Names of garbage are garbage: count them, show none.
    qCWarning(lcSettings).noquote()
        << QStringLiteral("Dropping %1 damaged or unknown entries from %2; the window starts "
                          "with its defaults for them.")
               .arg(dropped)
               .arg(settings.fileName());
    return int(dropped);
}

} // namespace re
