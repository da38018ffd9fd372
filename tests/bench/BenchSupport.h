// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <benchmark/benchmark.h>
#include <chrono>
#include <functional>

namespace re::bench {

/// Runs `baseline` then `subject` once per benchmark iteration (after an untimed `prepare`),
/// so both see the same machine load. The benchmark's (manual) time is the subject's; the
/// counters give the baseline's time and the ratio subject / baseline, the figure we report.
void runPaired(benchmark::State &state, const std::function<void()> &prepare,
    const std::function<void()> &baseline, const std::function<void()> &subject);

/// The result of running a program to its end.
struct ProcessRun
{
    double seconds = 0; ///< wall time from spawn to exit
    long maxRssKiB = 0; ///< wait4() peak: includes the parent's memory shared until exec
    int exitCode = -1;
};

/// Spawns `program` with `arguments` (environment inherited) and waits for it.
ProcessRun runProcess(const QString &program, const QStringList &arguments);

/// Runs the baseline and the subject program alternately; the time is the subject's; counters
/// give the medians of both, the ratio of the medians and, with `reportMemory`, the peak memory
/// each program wrote to the file named by its first argument (and their ratio).
void runProgramsPaired(benchmark::State &state, const QString &baseline,
    const QStringList &baselineArgs, const QString &subject, const QStringList &subjectArgs,
    bool reportMemory);

} // namespace re::bench
