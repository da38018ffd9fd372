// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a large imported summary (synthetic, 1k or 10k paragraphs): opening it,
// and one character typed in the search field as the filter bar commits it, against a plain
// linear scan of the actions' sentences: the GUI thread's work for the keystroke (a frame is
// 16 ms), and the time until every pane shows the result the model's worker computed.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <chrono>
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
BENCHMARK(BM_WindowOpenDocument)
    ->Arg(1000)
    ->Arg(10000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// Whether the model shows the result of the current filter (every action for none).
bool filterApplied(const ResolutionModel &model)
{
    const ActionFilter filter = model.currentFilter();
    const auto accepted = model.acceptedActions();
    return filter.isEmpty() ? !accepted : accepted && accepted->filter() == filter;
}

/// Handles events until the current filter's result is applied (a large document's comes
/// from the model's worker thread), polling so that the GUI thread's own work can be timed.
/// Returns the seconds the GUI thread was busy when it landed: the event that applied it
/// and the events it posted (the views' layout and repaint requests).
double waitUntilApplied(const ResolutionModel &model)
{
    using Clock = std::chrono::steady_clock;
    for (;;) {
        const auto t0 = Clock::now();
        QApplication::processEvents();
        if (filterApplied(model)) {
            QApplication::processEvents();
            return std::chrono::duration<double>(Clock::now() - t0).count();
        }
        QThread::usleep(50); // leaves the cores to the worker
    }
}

/// The main window with a large summary, its search field's filter set to "secu" and applied.
struct KeystrokeFixture
{
    explicit KeystrokeFixture(const Document &document)
    {
        model.setDocument(document);
        window.resize(1280, 800);
        window.show();
        QApplication::processEvents();
    }
    void typeSecu()
    {
        model.selection()->setSearchText(QStringLiteral("secu"));
        QApplication::processEvents();
        waitUntilApplied(model);
    }
    ResolutionModel model;
    MainWindow window { &model };
};

/// The GUI thread's work for one keystroke: the state set and the events it posts handled.
/// With a large document the filter's scan is not part of it (the model's worker does it);
/// BM_WindowKeystrokeLatency measures the wait for its result.
void BM_WindowKeystroke(benchmark::State &state)
{
    const std::optional<Document> large = loadSynthetic(int(state.range(0)));
    if (!large) {
        state.SkipWithError("the synthetic summary does not load");
        return;
    }
    KeystrokeFixture f(*large);
    runPaired(
        state, [&] { f.typeSecu(); },
        [&] {
            benchmark::DoNotOptimize(scanSentences(f.model.document(), QStringLiteral("secur")));
        },
        [&] {
            f.model.selection()->setSearchText(QStringLiteral("secur"));
            QApplication::processEvents();
        });
    state.counters["actions"] = double(f.model.document().actions.size());
}
BENCHMARK(BM_WindowKeystroke)
    ->Arg(1000)
    ->Arg(10000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

/// From the keystroke until every pane shows its result; `apply_ms` is the GUI thread's work
/// when the result lands (the other part of a keystroke's cost on the GUI thread).
void BM_WindowKeystrokeLatency(benchmark::State &state)
{
    const std::optional<Document> large = loadSynthetic(int(state.range(0)));
    if (!large) {
        state.SkipWithError("the synthetic summary does not load");
        return;
    }
    KeystrokeFixture f(*large);
    double applyTotal = 0;
    runPaired(
        state, [&] { f.typeSecu(); },
        [&] {
            benchmark::DoNotOptimize(scanSentences(f.model.document(), QStringLiteral("secur")));
        },
        [&] {
            f.model.selection()->setSearchText(QStringLiteral("secur"));
            QApplication::processEvents();
            applyTotal += waitUntilApplied(f.model);
        });
    state.counters["apply_ms"] = benchmark::Counter(applyTotal / double(state.iterations()) * 1e3);
    state.counters["actions"] = double(f.model.document().actions.size());
}
BENCHMARK(BM_WindowKeystrokeLatency)
    ->Arg(1000)
    ->Arg(10000)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
