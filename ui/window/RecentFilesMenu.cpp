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

namespace {

/// The stored "PATH<tab>TITLE<tab>REFERENCE" entry of `path`, split; empty when none.
QStringList storedEntry(const QString &path)
{
    const QStringList titles
        = QSettings().value(QLatin1String(RecentFilesMenu::TitlesKey)).toStringList();
    const QString prefix = path + u'\t';
    for (const QString &entry : titles) {
        if (entry.startsWith(prefix))
            return entry.split(u'\t');
    }
    return {};
}

} // namespace

QString RecentFilesMenu::titleOf(const QString &path) const
{
    return storedEntry(path).value(1);
}

QString RecentFilesMenu::referenceOf(const QString &path) const
{
    return storedEntry(path).value(2);
}

void RecentFilesMenu::addFile(const QString &path, const QString &title, const QString &reference)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings settings;
    settings.setValue(QLatin1String(SettingsKey), list);
    // Titles of the files listed only, the new one's replaced.
    QStringList titles;
    // Tabs separate the fields: none is left inside one.
    const QString oneLine = title.simplified();
    const QString procedure = reference.simplified();
    if (!oneLine.isEmpty() || !procedure.isEmpty())
        titles << absolute + u'\t' + oneLine + u'\t' + procedure;
    for (const QString &entry : settings.value(QLatin1String(TitlesKey)).toStringList()) {
        const QString entryPath = entry.section(u'\t', 0, 0);
        if (entryPath != absolute && list.contains(entryPath))
            titles << entry;
    }
    settings.setValue(QLatin1String(TitlesKey), titles);
    // No rebuild here: this may run inside one of the menu's own actions. aboutToShow rebuilds.
}

void RecentFilesMenu::clearFiles()
{
    QSettings settings;
    settings.remove(QLatin1String(SettingsKey));
    settings.remove(QLatin1String(TitlesKey));
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        // &1 ... &9 as keyboard accelerators, then no accelerator.
        const QStringList stored = storedEntry(path); // PATH, TITLE, REFERENCE: read once
        QString title = stored.value(1);
        if (const QString reference = stored.value(2); !reference.isEmpty())
            title = title.isEmpty() ? reference : title + QStringLiteral(" \u00b7 ") + reference;
        const QString file = QFileInfo(path).fileName();
        // A long title is cut at its end; the file name follows it.
        const QString shown = title.isEmpty()
            ? file
            : fontMetrics().elidedText(title, Qt::ElideRight, fontMetrics().averageCharWidth() * 60)
                + QStringLiteral("  \u2014  ") + file;
        const QString name = QString(shown).replace(u'&', QStringLiteral("&&"));
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
