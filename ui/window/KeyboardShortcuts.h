// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;

namespace re {

/// One line of Help > Keyboard Shortcuts.
struct ShortcutEntry
{
    QString group; ///< the menu ("File"), or where the shortcut works ("Action table")
    QString action; ///< "Open Procedure…"
    QString keys; ///< "Ctrl+Shift+O", in the platform's words; several joined by ", "
};

/// Every shortcut of the window, read from its actions: those of the menus, in menu order,
/// then those of its panes (Copy in the action table, Escape in a search field...). Nothing is
/// listed by hand, so the list cannot fall behind the program.
QList<ShortcutEntry> windowShortcuts(const QMainWindow *window);

/// Help > Keyboard Shortcuts: windowShortcuts() in a table.
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
};

} // namespace re
