// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole programs: start-up to the first painted window and its peak memory, and the command
// line's chart export, each against a bare Qt program run alternately in the same benchmark.
#include "BenchSupport.h"

#include <QString>
#include <QTemporaryDir>

namespace re::bench {
namespace {

void BM_StartupToFirstPaint(benchmark::State &state)
{
    QTemporaryDir dir;
    runProgramsPaired(state, QStringLiteral(RE_BENCH_BASELINE_WINDOW),
        { dir.filePath(QStringLiteral("baseline-peak")) }, QStringLiteral(RE_BENCH_STARTUP),
        { dir.filePath(QStringLiteral("peak")) }, true);
}
BENCHMARK(BM_StartupToFirstPaint)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);

void BM_ExportChartPng(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString basePng = dir.filePath(QStringLiteral("baseline.png"));
    const QString subjectPng = dir.filePath(QStringLiteral("chart.png"));
    runProgramsPaired(state, QStringLiteral(RE_BENCH_BASELINE_CHART), { basePng },
        QStringLiteral(RE_BENCH_EXPLORER), { QStringLiteral("--export-chart"), subjectPng }, false);
}
BENCHMARK(BM_ExportChartPng)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
