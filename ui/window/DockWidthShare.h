// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace re {

/// Keeps the side docks' share of the window's width as the window is resized. QMainWindow
/// gives all of a resize to its central widget: a map opened at 500 pixels would stay so on a
/// window made twice as wide. The share kept is the one the window shows first (the default
/// layout or the restored one), and then the one the user sets by dragging the dock's edge.
class DockWidthShare : public QObject
{
    Q_OBJECT
public:
    /// Watches `window` and `docks` (the first one docked on the left or right is sized).
    DockWidthShare(QMainWindow *window, const QList<QDockWidget *> &docks);

    /// The share of the window's width kept for the docks, 0 until the window was shown.
    qreal share() const { return m_share; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The dock sized: the first one shown, docked on the left or the right.
    QDockWidget *sizedDock() const;
    /// Takes the sized dock's width as the share to keep.
    void adopt();
    /// Asks for the sized dock's share of the window's new width.
    void apply();
    /// Whether the window's last layout could not give the dock the width asked for (the
    /// dock or the central widget is at its minimum): that width is no choice of the user.
    bool atALimit() const;

    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    qreal m_share = 0;
    int m_windowWidth = -1; ///< the window's width when the share was last applied or taken
    int m_requested = -1; ///< the dock's width last asked for
};

} // namespace re
