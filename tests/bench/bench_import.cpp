// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput: a synthetic 10k-paragraph summary, and the bundled resolution's body
// repeated, opened as a user opens a file, against reading and decoding the same bytes.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "import/DocumentLoader.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace re::bench {
namespace {

/// Writes `bytes` to a file and times opening it as a user does, against reading and decoding
/// the same bytes, in the same iterations.
void importPaired(benchmark::State &state, const QByteArray &bytes, const QString &name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            state.SkipWithError("cannot write the summary");
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
        state.SkipWithError("the summary does not load");
        return;
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["actions"] = double(actions);
    state.counters["MB"] = double(bytes.size()) / 1e6;
}

void BM_ImportSummary(benchmark::State &state)
{
    importPaired(state, makeSyntheticSummary(int(state.range(0))),
        QStringLiteral("synthetic-summary-%1.md").arg(state.range(0)));
}
BENCHMARK(BM_ImportSummary)->Arg(1000)->Arg(10000)->UseManualTime()->Unit(benchmark::kMillisecond);

/// The bundled resolution's real text with its body (everything from the first section heading)
/// repeated N times: the import must grow linearly with it (1x, 10x, 100x).
void BM_ImportBundledBody(benchmark::State &state)
{
    QFile file(QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md"));
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("cannot read the bundled summary");
        return;
    }
    const QByteArray text = file.readAll();
    const qsizetype bodyStart = text.indexOf("\n## ");
    QByteArray bytes = text.left(bodyStart + 1);
    for (int i = 0; i < state.range(0); ++i)
        bytes += text.mid(bodyStart + 1) + '\n';
    importPaired(state, bytes, QStringLiteral("bundled-body-%1.md").arg(state.range(0)));
}
BENCHMARK(BM_ImportBundledBody)
    ->Arg(1)
    ->Arg(10)
    ->Arg(100)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
