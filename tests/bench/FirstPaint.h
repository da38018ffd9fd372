// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the two window programs the start-up benchmark compares (startup_window.cpp and
// baseline_window.cpp): both quit after their first paint and report their peak memory the
// same way, so the figures differ only by what the windows hold. Header-only: the baseline
// links nothing of ours.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace re::bench {

/// Quits the application once a widget of `window` has been painted.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // Queued: runs after the whole paint pass and the flush.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

/// Writes this process's peak resident memory (VmHWM, KiB) to `path`, for the benchmark: the
/// parent's wait4() figure would include the parent's own memory, shared until exec.
inline void writePeakMemory(const char *path)
{
    QFile status(QStringLiteral("/proc/self/status"));
    QFile out(QString::fromLocal8Bit(path));
    if (!status.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            out.write(line.mid(6).trimmed().split(' ').value(0));
    }
}

} // namespace re::bench
