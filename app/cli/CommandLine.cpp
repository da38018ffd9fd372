// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/HeadlessJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace re {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("re::CommandLine", text);
}

struct Option
{
    const char *name;
    const char *valueName; ///< nullptr for a flag
    const char *description;
};

// Order is the order of --help.
constexpr Option optionTable[] = {
    {"dump-model", nullptr, QT_TRANSLATE_NOOP("re::CommandLine",
                                              "Print the whole document as JSON to stdout.")},
    {"list-entities", nullptr, QT_TRANSLATE_NOOP("re::CommandLine",
        "Print one line per entity: id, name, kind, role, mentions, actions (tab-separated).")},
    {"export-actions", "PATH", QT_TRANSLATE_NOOP("re::CommandLine",
        "Write the filtered actions as CSV or JSON by extension; \"-\" is CSV to stdout.")},
    {"entity", "ID", QT_TRANSLATE_NOOP("re::CommandLine",
        "Keep actions involving this entity (id or name); repeatable, any matches.")},
    {"theme", "NAME", QT_TRANSLATE_NOOP("re::CommandLine", "Keep actions with this theme.")},
    {"verb", "KIND", QT_TRANSLATE_NOOP("re::CommandLine",
        "Keep actions of this verb kind (call, stress, deplore, ...).")},
    {"section", "ID", QT_TRANSLATE_NOOP("re::CommandLine",
        "Keep actions in this section and its sub-sections (e.g. s3).")},
    {"search", "TEXT", QT_TRANSLATE_NOOP("re::CommandLine",
        "Keep actions whose text, entities or themes contain TEXT.")},
    {"export-map", "PATH", QT_TRANSLATE_NOOP("re::CommandLine",
        "Export the partner map as PNG, SVG or PDF by extension.")},
    {"export-chart", "PATH", QT_TRANSLATE_NOOP("re::CommandLine",
        "Export the vote chart as PNG, SVG or PDF by extension.")},
    {"chart", "KIND", QT_TRANSLATE_NOOP("re::CommandLine",
        "Chart to export: totals (default), hemicycle, groups, countries.")},
    {"size", "WxH", QT_TRANSLATE_NOOP("re::CommandLine", "Image size in pixels, e.g. 1600x900.")},
    {"dpi", "N", QT_TRANSLATE_NOOP("re::CommandLine", "Image resolution (PNG), default 96.")},
    {"roll-call", "DIR|FILE", QT_TRANSLATE_NOOP("re::CommandLine",
        "Attach HowTheyVote.eu roll-call CSV files before exporting.")},
    {"lang", "CODE", QT_TRANSLATE_NOOP("re::CommandLine",
        "User interface language (en, fr, de); default: the system's.")},
};

void addOptions(QCommandLineParser &parser)
{
    for (const Option &option : optionTable) {
        const QString name = QLatin1String(option.name);
        const QString description = tr(option.description);
        if (option.valueName)
            parser.addOption({name, description, QLatin1String(option.valueName)});
        else
            parser.addOption({name, description});
    }
    parser.addOption({QStringLiteral("version"), tr("Print the version and exit.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Print this help and exit.")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        tr("An OEIL summary (.md, .txt, .html) or a saved document (.json); "
           "none: the bundled resolution."), QStringLiteral("[FILE]"));
}

} // namespace

QString helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Explore a European Parliament resolution: its sections, the partners it names, "
           "what it asks, and how Parliament voted.\n"
           "With no option, opens the window. Options that dump or export run without a "
           "display.\nExit status: 0 done, 1 usage error, 2 bad input or unwritable output."));
    addOptions(parser);
    QString text = parser.helpText();
    // QCommandLineParser names the binary from the application object, which may not exist yet.
    static const QRegularExpression usageLine(QStringLiteral("^Usage: \\S*"));
    text.replace(usageLine, QStringLiteral("Usage: resolution-explorer"));
    return text;
}

bool parseCommandLine(const QStringList &arguments, CliOptions *options, QString *error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    CliOptions result;
    if (parser.isSet(QStringLiteral("help"))) {
        result.mode = CliOptions::Mode::Help;
        *options = result;
        return true;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.mode = CliOptions::Mode::Version;
        *options = result;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Give at most one FILE (got %1).").arg(positional.size());
        return false;
    }
    result.file = positional.value(0);
    result.dumpModel = parser.isSet(QStringLiteral("dump-model"));
    result.listEntities = parser.isSet(QStringLiteral("list-entities"));
    result.exportActions = parser.value(QStringLiteral("export-actions"));
    result.entities = parser.values(QStringLiteral("entity"));
    result.theme = parser.value(QStringLiteral("theme"));
    result.verb = parser.value(QStringLiteral("verb"));
    result.section = parser.value(QStringLiteral("section"));
    result.search = parser.value(QStringLiteral("search"));
    result.exportMap = parser.value(QStringLiteral("export-map"));
    result.exportChart = parser.value(QStringLiteral("export-chart"));
    result.rollCall = parser.value(QStringLiteral("roll-call"));
    result.language = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("chart")))
        result.chart = parser.value(QStringLiteral("chart")).toLower();

    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto match = sizePattern.match(parser.value(QStringLiteral("size")));
        const int w = match.captured(1).toInt();
        const int h = match.captured(2).toInt();
        if (!match.hasMatch() || w < 100 || h < 100 || w > 20000 || h > 20000) {
            *error = tr("--size takes WIDTHxHEIGHT in pixels, each from 100 to 20000 "
                        "(e.g. 1600x900).");
            return false;
        }
        result.size = QSize(w, h);
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        result.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || result.dpi < 36 || result.dpi > 1200) {
            *error = tr("--dpi takes a whole number from 36 to 1200.");
            return false;
        }
    }
    static const QStringList chartKinds = {QStringLiteral("totals"), QStringLiteral("hemicycle"),
                                           QStringLiteral("groups"), QStringLiteral("countries")};
    if (!chartKinds.contains(result.chart)) {
        *error = tr("--chart takes one of: %1.").arg(chartKinds.join(QStringLiteral(", ")));
        return false;
    }

    const bool filters = !result.entities.isEmpty() || !result.theme.isEmpty()
        || !result.verb.isEmpty() || !result.section.isEmpty() || !result.search.isEmpty();
    const bool jobs = result.dumpModel || result.listEntities || !result.exportActions.isEmpty()
        || !result.exportMap.isEmpty() || !result.exportChart.isEmpty();
    if (filters && result.exportActions.isEmpty()) {
        *error = tr("--entity, --theme, --verb, --section and --search filter --export-actions: "
                    "give it too.");
        return false;
    }
    const bool imageOptions = parser.isSet(QStringLiteral("size")) || parser.isSet(QStringLiteral("dpi"));
    if (imageOptions && result.exportMap.isEmpty() && result.exportChart.isEmpty()) {
        *error = tr("--size and --dpi go with --export-map or --export-chart.");
        return false;
    }
    if (parser.isSet(QStringLiteral("chart")) && result.exportChart.isEmpty()) {
        *error = tr("--chart goes with --export-chart.");
        return false;
    }
    const int stdoutJobs = int(result.dumpModel) + int(result.listEntities)
        + int(result.exportActions == u"-");
    if (stdoutJobs > 1) {
        *error = tr("Only one of --dump-model, --list-entities and --export-actions - can "
                    "write to stdout.");
        return false;
    }
    result.mode = jobs ? CliOptions::Mode::Headless : CliOptions::Mode::Gui;
    *options = result;
    return true;
}

int runHeadless(const CliOptions &options)
{
    return HeadlessJobs(options).run();
}

} // namespace re
