// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real executable as a script on a server would: no display at all. The including
// test target defines RE_EXE as the program's path and links Qt Test.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace re::test {

struct Run
{
    int status = -1; ///< exit code, -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
};

/// The environment the program runs in: the test's, without any display, with its settings
/// in a folder of the test's own (the program remembers the libraries it checked there), with
/// `environment` added or replacing variables ("LC_ALL=fr").
inline QProcessEnvironment programEnvironment(const QStringList &environment)
{
    static const QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &variable : environment)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    return env;
}

/// Runs the program with `arguments`; `environment` adds or replaces variables ("LC_ALL=fr").
inline Run run(const QStringList &arguments, const QStringList &environment = {})
{
    QProcess process;
    process.setProcessEnvironment(programEnvironment(environment));
    process.start(QStringLiteral(RE_EXE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

/// The same for a test that serves the program from its own event loop (a LocalSite): the
/// test's events are processed while the program runs, so that the site answers, instead of a
/// blocking wait that would leave the program waiting for the site until it times out.
inline Run runWhileServing(const QStringList &arguments, const QStringList &environment = {},
    const QString &workingDirectory = {})
{
    QProcess process;
    process.setProcessEnvironment(programEnvironment(environment));
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(RE_EXE), arguments);
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

} // namespace re::test
