// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark baseline: the least a Qt Widgets program with a chart and a tree can do, a bare
// QMainWindow holding an empty QChartView and QTreeView, quitting after its first paint.
#include "FirstPaint.h"

#include <QApplication>
#include <QChartView>
#include <QMainWindow>
#include <QSplitter>
#include <QTreeView>

using re::bench::FirstPaint;
using re::bench::phase;
using re::bench::writePeakMemory;

int main(int argc, char **argv)
{
    phase("main");
    QApplication app(argc, argv);
    phase("application");
    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    splitter->setObjectName(QStringLiteral("baselineSplitter"));
    auto *tree = new QTreeView(splitter);
    tree->setObjectName(QStringLiteral("baselineTree"));
    auto *chart = new QChartView(splitter);
    chart->setObjectName(QStringLiteral("baselineChart"));
    window.setCentralWidget(splitter);
    phase("constructed");
    window.resize(1280, 800);
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.show();
    phase("shown");
    const int result = app.exec();
    phase("painted");
    if (argc > 1)
        writePeakMemory(argv[1]);
    return result;
}
