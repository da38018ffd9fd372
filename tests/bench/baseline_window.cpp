// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark baseline: the least a Qt Widgets program with a chart and a tree can do, a bare
// QMainWindow holding an empty QChartView and QTreeView, quitting after its first paint.
#include <QApplication>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QMainWindow>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>

namespace {

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
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    splitter->setObjectName(QStringLiteral("baselineSplitter"));
    auto *tree = new QTreeView(splitter);
    tree->setObjectName(QStringLiteral("baselineTree"));
    auto *chart = new QChartView(splitter);
    chart->setObjectName(QStringLiteral("baselineChart"));
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.show();
    const int result = app.exec();
    if (argc > 1)
        writePeakMemory(argv[1]);
    return result;
}
