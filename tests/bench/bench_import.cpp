// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput: a synthetic 10k-paragraph summary opened as a user opens a file, against
// reading and decoding the same bytes.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "import/DocumentLoader.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace re::bench {
namespace {

void BM_ImportSummary(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path
        = dir.filePath(QStringLiteral("synthetic-summary-%1.md").arg(state.range(0)));
    const QByteArray bytes = makeSyntheticSummary(int(state.range(0)));
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            state.SkipWithError("cannot write the synthetic summary");
            return;
        }
    }
    qsizetype actions = 0;
    runPaired(
        state, {},
        [&] {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                benchmark::DoNotOptimize(QString::fromUtf8(file.readAll()));
        },
        [&] {
            QString error;
            const std::optional<Document> document = loadDocumentFile(path, &error);
            actions = document ? document->actions.size() : -1;
        });
    if (actions < 0) {
        state.SkipWithError("the synthetic summary does not load");
        return;
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["actions"] = double(actions);
    state.counters["MB"] = double(bytes.size()) / 1e6;
}
BENCHMARK(BM_ImportSummary)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
