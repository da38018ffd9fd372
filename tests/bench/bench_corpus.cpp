// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus mode at scale (issue 20): libraries of 1k, 10k (and more) synthetic summaries, built
// once per run (or kept in $RE_BENCH_CORPUS_DIR across runs). Reopening one to the corpus view's
// first paint against the single-document window's start-up; the peak memory of 1k against
// 10k documents; a text filter of the statements table against a bare FTS5 query on the same
// file.
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "library/Library.h"
#include "model/CorpusStatementModel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace re::bench {
namespace {

/// A library of `documents` synthetic summaries (11 paragraphs, about 33 statements each).
struct CorpusLibrary
{
    QString path;
    int documents = 0;
    qint64 statements = 0;
    qint64 fileBytes = 0;
    double addSeconds = 0; ///< addFolder() into the empty library, when built in this run
    bool ok = false;
};

/// The folder the libraries are built in: $RE_BENCH_CORPUS_DIR (kept, reused by later runs),
/// else a temporary folder removed at exit.
QString corpusRoot()
{
    static QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("RE_BENCH_CORPUS_DIR");
    if (!kept.isEmpty()) {
        QDir().mkpath(kept);
        return kept;
    }
    return temporary.path();
}

const CorpusLibrary &corpusLibrary(int documents)
{
    static std::map<int, CorpusLibrary> libraries;
    if (const auto it = libraries.find(documents); it != libraries.end())
        return it->second;
    CorpusLibrary &library = libraries[documents];
    library.documents = documents;
    const QDir root(corpusRoot());
    library.path = root.filePath(QStringLiteral("library-%1.sqlite").arg(documents));
    const QString done = library.path + QStringLiteral(".done");
    if (!QFile::exists(done)) {
        QFile::remove(library.path);
        const QString folder = root.filePath(QStringLiteral("summaries-%1").arg(documents));
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        if (writeSyntheticCorpus(folder, documents, 11) < 0)
            return library;
        QString error;
        std::unique_ptr<Library> opened = Library::open(library.path, &error);
        if (!opened)
            return library;
        QElapsedTimer timer;
        timer.start();
        QStringList problems;
        const int added = opened->addFolder(folder, &problems);
        library.addSeconds = double(timer.nsecsElapsed()) / 1e9;
        opened.reset();
        QDir(folder).removeRecursively();
        if (added != documents)
            return library;
        QFile marker(done);
        if (!marker.open(QIODevice::WriteOnly))
            return library;
    }
    QString error;
    const std::unique_ptr<Library> opened = Library::open(library.path, &error);
    if (!opened || opened->documents().size() != documents)
        return library;
    library.statements = opened->statementCount({});
    library.fileBytes = QFileInfo(library.path).size();
    library.ok = true;
    return library;
}

void reportLibrary(benchmark::State &state, const CorpusLibrary &library)
{
    state.counters["documents"] = double(library.documents);
    state.counters["statements"] = double(library.statements);
    state.counters["file_MB"] = double(library.fileBytes) / 1e6;
    if (library.addSeconds > 0)
        state.counters["add_s"] = library.addSeconds;
}

/// Reopening a library to the corpus view's first paint, against the single-document window's
/// start-up (both whole programs, run alternately); with the peak memory of each.
void BM_CorpusStartup(benchmark::State &state)
{
    const CorpusLibrary &library = corpusLibrary(int(state.range(0)));
    if (!library.ok) {
        state.SkipWithError("the synthetic library could not be built");
        return;
    }
    QTemporaryDir dir;
    runProgramsPaired(state, QStringLiteral(RE_BENCH_STARTUP),
        { dir.filePath(QStringLiteral("window-peak")) }, QStringLiteral(RE_BENCH_STARTUP_CORPUS),
        { dir.filePath(QStringLiteral("corpus-peak")), library.path }, true);
    reportLibrary(state, library);
}
BENCHMARK(BM_CorpusStartup)
    ->Arg(1000)
    ->Arg(10000)
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);

/// The corpus view's peak memory on 10k documents against 1k: flat if the view reads rows on
/// demand (memory_ratio near 1, far below 10).
void BM_CorpusMemory(benchmark::State &state)
{
    const CorpusLibrary &small = corpusLibrary(1000);
    const CorpusLibrary &large = corpusLibrary(10000);
    if (!small.ok || !large.ok) {
        state.SkipWithError("the synthetic libraries could not be built");
        return;
    }
    QTemporaryDir dir;
    runProgramsPaired(state, QStringLiteral(RE_BENCH_STARTUP_CORPUS),
        { dir.filePath(QStringLiteral("small-peak")), small.path },
        QStringLiteral(RE_BENCH_STARTUP_CORPUS),
        { dir.filePath(QStringLiteral("large-peak")), large.path }, true);
}
BENCHMARK(BM_CorpusMemory)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

/// A word typed in the corpus view's text filter: what CorpusPane::applyFilters() makes the
/// table wait for (the statements model's first page; over the whole library, as the view shows
/// it first, the query holds no document ids), against a bare QSqlQuery running the FTS5 MATCH
/// with the same LIMIT on the same file through its own connection. The count of every match
/// follows on the counting thread (StatementCounter): timed apart in each iteration, as
/// count_ms, and with the page as ratio_with_count.
void BM_CorpusTextFilter(benchmark::State &state)
{
    const CorpusLibrary &library = corpusLibrary(int(state.range(0)));
    QString error;
    const std::unique_ptr<Library> opened
        = library.ok ? Library::open(library.path, &error) : nullptr;
    if (!opened) {
        state.SkipWithError("the synthetic library could not be built");
        return;
    }
    CorpusQuery query;
    query.text = QString::fromLatin1(syntheticTypedWord);

    const QString connectionName = QStringLiteral("bench-fts");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(library.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
    const QString match = Library::ftsQuery(query.text);
    const int limit = CorpusStatementModel::DefaultPageSize;
    int bareRows = 0;
    int modelRows = 0;
    qint64 count = 0;
    double pageSeconds = 0;
    double countSeconds = 0;
    runPaired(
        state,
        [&] {
            QElapsedTimer timer;
            timer.start();
            count = opened->statementCount(query);
            countSeconds += double(timer.nsecsElapsed()) / 1e9;
        },
        [&] {
            QSqlQuery bare(QSqlDatabase::database(connectionName, false));
            bare.setForwardOnly(true);
            bare.prepare(QStringLiteral(
                "SELECT rowid, text FROM statements_fts WHERE statements_fts MATCH ? LIMIT ?"));
            bare.addBindValue(match);
            bare.addBindValue(limit);
            bare.exec();
            bareRows = 0;
            while (bare.next()) {
                benchmark::DoNotOptimize(bare.value(1).toString());
                ++bareRows;
            }
        },
        [&] {
            QElapsedTimer timer;
            timer.start();
            CorpusStatementModel model;
            const Library *reader = opened.get();
            model.setPageReader([reader, &query](int offset, int rows) {
                return reader->statements(query, offset, rows);
            });
            modelRows = model.rowCount();
            pageSeconds += double(timer.nsecsElapsed()) / 1e9;
        });
    QSqlDatabase::removeDatabase(connectionName);
    if (bareRows != limit || modelRows != limit || count < limit) {
        state.SkipWithError("the filter did not fill a page");
        return;
    }
    const double n = double(state.iterations());
    state.counters["page_ms"] = pageSeconds / n * 1e3;
    state.counters["count_ms"] = countSeconds / n * 1e3;
    const double baselineMs = state.counters["baseline_ms"].value;
    state.counters["ratio_with_count"]
        = baselineMs > 0 ? (pageSeconds + countSeconds) / n * 1e3 / baselineMs : 0;
    state.counters["matches"] = double(count);
    reportLibrary(state, library);
}
BENCHMARK(BM_CorpusTextFilter)
    ->Arg(1000)
    ->Arg(10000)
    ->UseManualTime()
    ->Iterations(10)
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
