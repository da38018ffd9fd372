// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whole programs: start-up to the first painted window and its peak memory, and the command
// line's chart export, each against a bare Qt program run alternately in the same benchmark.
#include "BenchSupport.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

namespace re::bench {
namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Runs baseline and subject alternately; the time is the subject's; counters give the medians
/// of both, the ratio of the medians and, with `reportMemory`, the peak memory each program
/// wrote to the file named by its first argument.
/// The peak memory a window program wrote to `path` (KiB), 0 if none.
long peakWritten(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLong() : 0;
}

void runProgramsPaired(benchmark::State &state, const QString &baseline,
    const QStringList &baselineArgs, const QString &subject, const QStringList &subjectArgs,
    bool reportMemory)
{
    std::vector<double> baseTimes;
    std::vector<double> subjectTimes;
    long baseRss = 0;
    long subjectRss = 0;
    for (auto _ : state) {
        const ProcessRun base = runProcess(baseline, baselineArgs);
        const ProcessRun run = runProcess(subject, subjectArgs);
        if (base.exitCode != 0 || run.exitCode != 0) {
            state.SkipWithError("a benchmarked program failed");
            return;
        }
        baseTimes.push_back(base.seconds);
        subjectTimes.push_back(run.seconds);
        if (reportMemory) {
            baseRss = std::max(baseRss, peakWritten(baselineArgs.value(0)));
            subjectRss = std::max(subjectRss, peakWritten(subjectArgs.value(0)));
        }
        state.SetIterationTime(run.seconds);
    }
    const double baseMedian = median(baseTimes);
    const double subjectMedian = median(subjectTimes);
    state.counters["baseline_ms"] = baseMedian * 1e3;
    state.counters["subject_ms"] = subjectMedian * 1e3;
    state.counters["ratio"] = baseMedian > 0 ? subjectMedian / baseMedian : 0;
    if (reportMemory) {
        state.counters["baseline_MiB"] = double(baseRss) / 1024;
        state.counters["subject_MiB"] = double(subjectRss) / 1024;
        state.counters["memory_ratio"] = baseRss > 0 ? double(subjectRss) / double(baseRss) : 0;
    }
}

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
