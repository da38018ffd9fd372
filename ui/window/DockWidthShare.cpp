// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/DockWidthShare.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QResizeEvent>
#include <algorithm>

namespace re {

DockWidthShare::DockWidthShare(QMainWindow *window, const QList<QDockWidget *> &docks)
    : QObject(window), m_window(window), m_docks(docks)
{
    setObjectName(QStringLiteral("dockWidthShare"));
    m_window->installEventFilter(this);
    for (QDockWidget *dock : docks)
        dock->installEventFilter(this);
}

QDockWidget *DockWidthShare::sizedDock() const
{
    for (QDockWidget *dock : m_docks) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (dock->isVisibleTo(m_window) && !dock->isFloating()
            && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            return dock;
    }
    return nullptr;
}

void DockWidthShare::adopt()
{
    const QDockWidget *dock = sizedDock();
    if (!dock || m_window->width() <= 0)
        return;
    m_share = qreal(dock->width()) / m_window->width();
    m_windowWidth = m_window->width();
    m_requested = dock->width();
}

void DockWidthShare::apply()
{
    QDockWidget *dock = sizedDock();
    m_windowWidth = m_window->width();
    if (!dock)
        return;
    m_requested = qRound(m_share * m_windowWidth);
    if (m_requested != dock->width())
        m_window->resizeDocks({ dock }, { m_requested }, Qt::Horizontal);
}

bool DockWidthShare::atALimit() const
{
    const auto atMinimum = [](const QWidget *widget) {
        return widget
            && widget->width()
            <= std::max(widget->minimumWidth(), widget->minimumSizeHint().width());
    };
    return atMinimum(sizedDock()) || atMinimum(m_window->centralWidget());
}

bool DockWidthShare::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::Show && m_share <= 0)
            adopt();
        else if (event->type() == QEvent::Resize && m_share > 0 && !m_window->isMinimized()
            && m_window->width() != m_windowWidth)
            apply();
    } else if (event->type() == QEvent::Resize && m_share > 0 && watched == sizedDock()) {
        // The window kept its width and the dock did not keep the one asked for: the user
        // dragged its edge, or a layout was restored. The window's own resizes come here first
        // (its layout moves the docks before the window hears of it) and are left out.
        const auto *resize = static_cast<QResizeEvent *>(event);
        const int width = resize->size().width();
        if (m_window->width() == m_windowWidth && width != resize->oldSize().width()
            && width != m_requested && !atALimit())
            adopt();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace re
