// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>
#include <algorithm>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace re::bench {

using Clock = std::chrono::steady_clock;

void runPaired(benchmark::State &state, const std::function<void()> &prepare,
    const std::function<void()> &baseline, const std::function<void()> &subject)
{
    double baselineTotal = 0;
    double subjectTotal = 0;
    for (auto _ : state) {
        if (prepare)
            prepare();
        const auto t0 = Clock::now();
        baseline();
        const auto t1 = Clock::now();
        subject();
        const auto t2 = Clock::now();
        const double subjectSeconds = std::chrono::duration<double>(t2 - t1).count();
        baselineTotal += std::chrono::duration<double>(t1 - t0).count();
        subjectTotal += subjectSeconds;
        state.SetIterationTime(subjectSeconds);
    }
    const double n = double(state.iterations());
    state.counters["baseline_ms"] = benchmark::Counter(baselineTotal / n * 1e3);
    state.counters["subject_ms"] = benchmark::Counter(subjectTotal / n * 1e3);
    state.counters["ratio"]
        = benchmark::Counter(baselineTotal > 0 ? subjectTotal / baselineTotal : 0);
}

ProcessRun runProcess(const QString &program, const QStringList &arguments)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);

    ProcessRun run;
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.maxRssKiB = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// The peak memory a window program wrote to `path` (KiB), 0 if none.
long peakWritten(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLong() : 0;
}

} // namespace

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

} // namespace re::bench
