// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>
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

} // namespace re::bench
