// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus library: adding a folder of synthetic summaries to an empty library, against
// importing the same files without storing them, on both cores.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "import/DocumentLoader.h"
#include "library/Library.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <atomic>

namespace re::bench {
namespace {

void BM_LibraryAddFolder(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(folder);
    const int count = int(state.range(0));
    const qint64 bytes = writeSyntheticCorpus(folder, count, 11);
    if (bytes < 0) {
        state.SkipWithError("cannot write the synthetic corpus");
        return;
    }
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.md") }, QDir::Files);
    int run = 0;
    int added = 0;
    std::atomic_int imported = 0;
    runPaired(
        state, {},
        [&] {
            // The import alone, spread over every core as addFolder() spreads it.
            imported = 0;
            QThreadPool pool;
            for (const QString &name : files) {
                const QString path = QDir(folder).filePath(name);
                pool.start([path, &imported] {
                    QString error;
                    if (loadDocumentFile(path, &error))
                        ++imported;
                });
            }
            pool.waitForDone();
        },
        [&] {
            QString error;
            const QString path = dir.filePath(QStringLiteral("library-%1.sqlite").arg(run++));
            const std::unique_ptr<Library> library = Library::open(path, &error);
            QStringList problems;
            added = library ? library->addFolder(folder, &problems) : -1;
        });
    if (added != count || imported != count) {
        state.SkipWithError("the synthetic corpus was not read whole");
        return;
    }
    state.counters["documents"] = double(count);
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_LibraryAddFolder)
    ->Arg(1000)
    ->UseManualTime()
    ->Iterations(3)
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
