// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark subject: what app/main.cpp's window mode does (bundled document, main window;
// the benchmark runs in the C locale, so no translation is loaded),
// quitting as soon as the window's first paint is done.
#include "FirstPaint.h"
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "window/MainWindow.h"

#include <QApplication>

using re::bench::FirstPaint;
using re::bench::phase;
using re::bench::writePeakMemory;

int main(int argc, char **argv)
{
    phase("main");
    QApplication app(argc, argv);
    phase("application");
    QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorerBench"));
    QCoreApplication::setApplicationName(QStringLiteral("resolution-explorer-bench"));

    re::ResolutionModel model;
    model.setDocument(re::bundledDocument());
    re::MainWindow window(&model);
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
