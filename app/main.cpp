// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "i18n/Translations.h"
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QIcon>
#include <QStringList>
#include <QTemporaryDir>

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
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("resolution-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RE_VERSION));
}

int runWindow(int argc, char **argv, const re::CliOptions &options)
{
    QApplication app(argc, argv);
    re::installTranslations(app, options.language);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QObject::tr("Resolution Explorer"));
    QApplication::setDesktopFileName(QStringLiteral(RE_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(RE_APP_ID),
                                                 QIcon(QStringLiteral(":/icons/256.png"))));

    re::ResolutionModel model;
    model.setDocument(re::bundledDocument());
    re::MainWindow window(&model);
    window.show();
    if (!options.file.isEmpty())
        window.openFile(options.file); // a bad file shows its message over the bundled one
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    re::CliOptions options;
    QString error;
    if (!re::parseCommandLine(arguments, &options, &error)) {
        print(stderr, QStringLiteral("resolution-explorer: ") + error
                  + QStringLiteral("\nTry 'resolution-explorer --help'.\n"));
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
        if (!hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            print(stderr, QStringLiteral("resolution-explorer: there is no display to open the "
                                         "window on; use --dump-model, --export-actions, "
                                         "--export-map or --export-chart (see --help)\n"));
            return 1;
        }
        return runWindow(argc, argv, options);
    case re::CliOptions::Mode::Headless:
        break;
    }
    // Image exports draw with Qt Gui and need an application with a platform: offscreen when
    // there is no display, so scripts and CI need none. Text jobs need only Qt Core.
    std::unique_ptr<QCoreApplication> app;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on stderr when this is unset (as under cron or a CI job); scripts read
        // stderr for our one-line errors, so give Qt a private runtime folder instead.
        static QTemporaryDir runtime;
        if (runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    }
    if (options.needsGui()) {
        if (!hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationNames();
    re::installTranslations(*app, options.language);
    return re::runHeadless(options);
}
