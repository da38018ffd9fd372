// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a large imported summary (synthetic, 1k or 10k paragraphs): opening it,
// and one character typed in the search field as the filter bar commits it (every pane
// follows the shared state synchronously), against a plain linear scan of the actions'
// sentences. A frame is 16 ms: this is the work one keystroke costs on the GUI thread.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"

#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>

namespace re::bench {
namespace {

std::optional<Document> loadSynthetic(int paragraphs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic-summary.md"));
    const QByteArray bytes = makeSyntheticSummary(paragraphs);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::nullopt;
    QString error;
    return loadDocumentFile(path, &error);
}

int scanSentences(const Document &doc, const QString &needle)
{
    int count = 0;
    for (const Action &action : doc.actions)
        count += action.text.contains(needle, Qt::CaseInsensitive) ? 1 : 0;
    return count;
}

void BM_WindowOpenDocument(benchmark::State &state)
{
    const std::optional<Document> large = loadSynthetic(int(state.range(0)));
    if (!large) {
        state.SkipWithError("the synthetic summary does not load");
        return;
    }
    ResolutionModel model;
    model.setDocument(bundledDocument());
    MainWindow window(&model);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    runPaired(
        state, [&] { model.setDocument(bundledDocument()); },
        [&] { benchmark::DoNotOptimize(scanSentences(*large, QStringLiteral("secur"))); },
        [&] {
            model.setDocument(*large);
            QApplication::processEvents();
        });
    state.counters["actions"] = double(large->actions.size());
}
BENCHMARK(BM_WindowOpenDocument)->Arg(1000)->Arg(10000)->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void BM_WindowKeystroke(benchmark::State &state)
{
    const std::optional<Document> large = loadSynthetic(int(state.range(0)));
    if (!large) {
        state.SkipWithError("the synthetic summary does not load");
        return;
    }
    ResolutionModel model;
    model.setDocument(*large);
    MainWindow window(&model);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    SelectionState *selection = model.selection();
    runPaired(
        state,
        [&] {
            selection->setSearchText(QStringLiteral("secu"));
            QApplication::processEvents();
        },
        [&] { benchmark::DoNotOptimize(scanSentences(model.document(), QStringLiteral("secur"))); },
        [&] {
            selection->setSearchText(QStringLiteral("secur"));
            QApplication::processEvents();
        });
    state.counters["actions"] = double(model.document().actions.size());
}
BENCHMARK(BM_WindowKeystroke)->Arg(1000)->Arg(10000)->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
