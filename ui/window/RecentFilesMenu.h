// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace re {

/// File > Open Recent: the last files opened, kept in QSettings ("recentFiles").
/// Files that no longer exist are left out.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;
    static constexpr const char *SettingsKey = "recentFiles";

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const;
    /// Puts the file first (absolute path).
    void addFile(const QString &path);
    void clearFiles();

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace re
