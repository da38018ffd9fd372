// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/KeyboardShortcuts.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace re {

namespace {

QString plain(QString text)
{
    // "&Open" -> "Open", "Save &As…" -> "Save As…"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts())
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void addMenu(const QMenu *menu, const QString &group, QList<ShortcutEntry> &entries,
    QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(action->menu(), group, entries, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            entries.append({ group, plain(action->text()), keysOf(action) });
    }
}

/// Where an action outside the menus works: the first named ancestor of the widget it
/// belongs to ("Actions", "Resolution text"...).
QString placeOf(const QAction *action)
{
    for (const QObject *object = action->parent(); object; object = object->parent()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object)) {
            if (!widget->accessibleName().isEmpty())
                return widget->accessibleName();
            if (widget->isWindow())
                break;
        }
    }
    return KeyboardShortcutsDialog::tr("Elsewhere");
}

} // namespace

QList<ShortcutEntry> windowShortcuts(const QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *menuAction : window->menuBar()->actions()) {
        if (const QMenu *menu = menuAction->menu())
            addMenu(menu, plain(menu->title()), entries, seen);
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        entries.append({ placeOf(action), plain(action->text()), keysOf(action) });
    }
    return entries;
}

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcutsTable"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    QString group;
    for (const ShortcutEntry &entry : windowShortcuts(window)) {
        if (entry.group != group) {
            group = entry.group;
            auto *heading = new QTreeWidgetItem(tree, { group });
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(tree, { entry.action, entry.keys });
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 70, fontMetrics().height() * 32);
}

} // namespace re
