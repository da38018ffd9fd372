// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the two window programs the start-up benchmark compares (startup_window.cpp and
// baseline_window.cpp): both quit after their first paint and report their peak memory the
// same way, so the figures differ only by what the windows hold. Header-only: the baseline
// links nothing of ours.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>

namespace re::bench {

/// With RE_BENCH_PHASES set, prints one line to stderr: the process's CPU time (all threads,
/// since exec, so the first phase is the dynamic loading) and the wall time since the first
/// phase, where the program reached `phase`. Both window programs mark the same phases, which
/// is how docs/PERFORMANCE.md splits start-up.
inline void phase(const char *phase)
{
    static const bool enabled = qEnvironmentVariableIsSet("RE_BENCH_PHASES");
    if (!enabled)
        return;
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    timespec cpu {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    std::fprintf(stderr, "phase %-12s cpu %7.1f ms  wall %7.1f ms\n", phase,
        double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6, double(wall.nsecsElapsed()) / 1e6);
}

/// Quits the application once a widget of `window` has been painted.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window) : m_window(window) { }

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
