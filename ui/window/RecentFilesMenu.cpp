// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/RecentFilesMenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace re {

RecentFilesMenu::RecentFilesMenu(QWidget *parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("menuRecent"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::files() const
{
    QStringList existing;
    const QStringList stored = QSettings().value(QLatin1String(SettingsKey)).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    return existing;
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(QLatin1String(SettingsKey), list);
    // No rebuild here: this may run inside one of the menu's own actions. aboutToShow rebuilds.
}

void RecentFilesMenu::clearFiles()
{
    QSettings().remove(QLatin1String(SettingsKey));
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        // &1 ... &9 as keyboard accelerators, then no accelerator.
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        const QString label = number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(name) : name;
        QAction *action = addAction(label);
        action->setObjectName(QStringLiteral("actionRecentFile%1").arg(number));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
        ++number;
    }
    if (list.isEmpty()) {
        QAction *none = addAction(tr("No recent files"));
        none->setObjectName(QStringLiteral("actionRecentNone"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *clearAction = addAction(tr("&Clear Menu"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFilesMenu::clearFiles);
}

} // namespace re
