// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "cli/ProgramChecks.h"
#include "i18n/Translations.h"
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "window/FileCommands.h"
#include "window/MainWindow.h"
#include "window/OnlineCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <csignal>
#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

/// Whether a window can open: a display, or a platform chosen by QT_QPA_PLATFORM or by Qt's own
/// -platform option.
bool windowPossible(const QStringList &arguments)
{
    return hasDisplay() || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || arguments.contains(u"-platform");
}

/// Whether `arguments` hold a word after a single dash, the form of Qt's own options (-style,
/// -platform, -reverse...); ours are --words, and -h.
bool mayHoldQtOptions(const QStringList &arguments)
{
    static const QRegularExpression qtForm(QStringLiteral("^-[A-Za-z]{2,}"));
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != u"--"; ++i) {
        if (qtForm.match(arguments.at(i)).hasMatch())
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("resolution-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RE_VERSION));
}

/// The application for the command line: a QApplication (which takes Qt's own options out of
/// argv) when `gui`, on the offscreen platform when `offscreen`; else a QCoreApplication, so
/// scripts need no display.
std::unique_ptr<QCoreApplication> createApplication(
    int &argc, char **argv, bool gui, bool offscreen)
{
    if ((!gui || !hasDisplay()) && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on stderr when this is unset (as under cron or a CI job); scripts read
        // stderr for our one-line errors, so give Qt a private runtime folder instead.
        static QTemporaryDir runtime;
        if (runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    if (offscreen && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui)
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runWindow(QApplication &app, const re::CliOptions &options)
{
    QApplication::setApplicationDisplayName(QObject::tr("Resolution Explorer"));
    QApplication::setDesktopFileName(QStringLiteral(RE_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(RE_APP_ID), QIcon(QStringLiteral(":/icons/256.png"))));

    re::ResolutionModel model;
    model.setDocument(re::bundledDocument());
    re::MainWindow window(&model);
    window.show();
    // Read on a worker like any other open: the window paints and answers (Quit included)
    // while a long file is read, and a bad one shows its message over the bundled resolution.
    if (!options.file.isEmpty())
        window.fileCommands()->openFileInBackground(options.file);
    // The window's Open Procedure dialog, started: its steps, progress and Cancel show.
    if (!options.procedure.isEmpty())
        window.onlineCommands()->openProcedure(options.procedure, options.refresh);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // A closed pipe or a file-size limit is then a failed write, reported in one line and exit
    // status 2, not a silent death by signal.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    if (const QString problem = re::invalidUtf8Argument(argc, argv); !problem.isEmpty()) {
        print(stderr, QStringLiteral("resolution-explorer: ") + problem + u'\n');
        return 2;
    }

    // A first parse, before any application exists, chooses the application: the window must
    // not start without a display, and scripts must not need one.
    const QStringList arguments = argumentsOf(argc, argv);
    re::CliOptions options;
    QString error;
    const bool parsed = re::parseCommandLine(arguments, &options, &error);
    const bool canShowWindow = windowPossible(arguments);
    // A QApplication for the window and for image exports; also for arguments that do not
    // parse but may hold Qt's own options (-style, -reverse...), for it to take them out.
    // Without a display it runs offscreen; other bad arguments need no display to be told.
    const bool imageJob
        = parsed && options.mode == re::CliOptions::Mode::Headless && options.needsGui();
    const bool gui = parsed
        ? (options.mode == re::CliOptions::Mode::Gui && canShowWindow) || imageJob
        : mayHoldQtOptions(arguments);
    if (gui) {
        if (const QString problem = re::unavailablePlatform(arguments); !problem.isEmpty()) {
            print(stderr, re::usageErrorText(problem));
            return 1;
        }
    }
    const std::unique_ptr<QCoreApplication> app
        = createApplication(argc, argv, gui, gui && !canShowWindow);
    setApplicationNames();
    re::installTranslations(*app, parsed ? options.language : re::languageArgument(arguments));

    // The second parse reads the arguments the application left (without Qt's own options) and
    // words its errors in the user's language.
    if (!re::parseCommandLine(QCoreApplication::arguments(), &options, &error)) {
        print(stderr, re::usageErrorText(error));
        return 1;
    }
    switch (options.mode) {
    case re::CliOptions::Mode::Help:
        print(stdout, re::helpText());
        return 0;
    case re::CliOptions::Mode::Version:
        print(stdout, QStringLiteral("resolution-explorer " RE_VERSION "\n"));
        return 0;
    case re::CliOptions::Mode::Gui:
        if (auto *window = qobject_cast<QApplication *>(app.get()); window && canShowWindow)
            return runWindow(*window, options);
        print(stderr, re::noDisplayText());
        return 1;
    case re::CliOptions::Mode::Headless:
        break;
    }
    return re::runHeadless(options);
}
