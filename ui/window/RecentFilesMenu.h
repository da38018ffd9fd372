// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace re {

/// File > Open Recent: the last files opened, kept in QSettings ("recentFiles"), each shown by
/// the title and procedure reference of its resolution when known ("recentTitles":
/// "PATH<tab>TITLE<tab>REFERENCE" entries) and its file name. Files that no longer exist are
/// left out.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 10;
    static constexpr const char *SettingsKey = "recentFiles";
    static constexpr const char *TitlesKey = "recentTitles";

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    QStringList files() const;
    /// Puts the file first (absolute path), with the title and reference of its resolution
    /// if any.
    void addFile(const QString &path, const QString &title = {}, const QString &reference = {});
    /// The title stored for a file; empty when none.
    QString titleOf(const QString &path) const;
    /// The procedure reference stored for a file; empty when none.
    QString referenceOf(const QString &path) const;
    void clearFiles();

Q_SIGNALS:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace re
