// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark subject: what app/main.cpp's window mode does (bundled document, main window;
// the benchmark runs in the C locale, so no translation is loaded),
// quitting as soon as the window's first paint is done.
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

namespace {

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
void writePeakMemory(const char *path)
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorerBench"));
    QCoreApplication::setApplicationName(QStringLiteral("resolution-explorer-bench"));

    re::ResolutionModel model;
    model.setDocument(re::bundledDocument());
    re::MainWindow window(&model);
    window.resize(1280, 800);
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.show();
    const int result = app.exec();
    if (argc > 1)
        writePeakMemory(argv[1]);
    return result;
}
