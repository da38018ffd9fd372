// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark subject: reopening a library to the corpus view's first paint. Opens the library
// file given as the second argument and shows the corpus view on the whole library (what the
// window's corpus dock does when shown), quitting as soon as its first paint is done; writes
// the peak memory to the file named by the first argument.
#include "FirstPaint.h"
#include "corpus/CorpusPane.h"
#include "library/Library.h"

#include <QApplication>
#include <cstdio>

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
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PEAK-MEMORY-FILE LIBRARY\n", argv[0]);
        return 2;
    }

    QString error;
    const std::unique_ptr<re::Library> library
        = re::Library::open(QString::fromLocal8Bit(argv[2]), &error);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    phase("opened");
    re::CorpusPane pane;
    phase("constructed");
    pane.setLibrary(library.get());
    phase("read");
    pane.resize(1280, 800);
    FirstPaint firstPaint(&pane);
    app.installEventFilter(&firstPaint);
    pane.show();
    phase("shown");
    const int result = app.exec();
    phase("painted");
    writePeakMemory(argv[1]);
    return result;
}
