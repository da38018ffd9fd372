// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/CorpusJobs.h"
#include "cli/HeadlessJobs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CommandLine)
};

struct Option
{
    const char *name;
    const char *valueName; ///< nullptr for a flag; translated, as the descriptions name it
    const char *description;
    /// A sentence added to the description, translated apart (so that the description's
    /// existing translations stay whole); nullptr when none.
    const char *more = nullptr;
};

// Order is the order of --help; addOptions() translates the texts.
constexpr Option optionTable[] = {
    { "procedure", QT_TRANSLATE_NOOP("re::CommandLine", "REF"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Instead of FILE, fetch the resolution of this procedure (e.g. 2021/2540(RSP), or "
            "an address on the Legislative Observatory); kept in the cache, so it opens again "
            "offline.") },
    { "dump-model", nullptr,
        QT_TRANSLATE_NOOP("re::CommandLine", "Print the whole document as JSON to stdout.") },
    { "list-entities", nullptr,
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Print one line per entity: id, name, kind, role, "
            "mentions, actions (tab-separated)."),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus: id, name, kind, resolutions naming it, statements.") },
    { "export-actions", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Write the filtered actions as CSV or JSON by "
            "extension; \"-\" is CSV to stdout."),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus: the statements of the selected resolutions, each row naming its "
            "resolution.") },
    { "entity", QT_TRANSLATE_NOOP("re::CommandLine", "ID"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Keep actions involving this entity (id or name); "
            "repeatable, any matches.") },
    { "theme", QT_TRANSLATE_NOOP("re::CommandLine", "NAME"),
        QT_TRANSLATE_NOOP("re::CommandLine", "Keep actions with this theme.") },
    { "verb", QT_TRANSLATE_NOOP("re::CommandLine", "KIND"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "Keep actions of this verb kind (call, stress, deplore, ...).") },
    { "section", QT_TRANSLATE_NOOP("re::CommandLine", "ID"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "Keep actions in this section and its sub-sections (e.g. s3).") },
    { "search", QT_TRANSLATE_NOOP("re::CommandLine", "TEXT"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "Keep actions whose text, entities or themes contain TEXT."),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus: keep the statements holding all these words, and the resolutions "
            "that have one.") },
    { "export-map", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "Export the partner map as PNG, SVG or PDF by extension.") },
    { "export-chart", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "Export the vote chart as PNG, SVG or PDF by extension.") },
    { "export-brief", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Write a brief as PDF: title, reference, date, the vote, the map and the filtered "
            "actions with their sections, on A4 pages.") },
    { "corpus", QT_TRANSLATE_NOOP("re::CommandLine", "DIR|LIBRARY"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Instead of FILE, work on many resolutions side by side: a folder of summaries and "
            "saved documents, or a library file (.sqlite, .db). Goes with --export-actions, "
            "--export-matrix, --export-timeline, --list-documents and --list-entities.") },
    { "years", QT_TRANSLATE_NOOP("re::CommandLine", "FROM-TO"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus, keep the resolutions dated in these years (e.g. 2019-2024, 2021, "
            "2019-).") },
    { "procedure-type", QT_TRANSLATE_NOOP("re::CommandLine", "TYPES"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus, keep the resolutions of these procedure types, comma-separated "
            "(e.g. INI,RSP).") },
    { "list-documents", nullptr,
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus, print one line per resolution: reference, date, procedure type, "
            "statements, title, source file (tab-separated).") },
    { "export-matrix", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus, write the partner x resolution matrix: CSV (each cell the entity's "
            "role and number of statements), or a PNG or SVG image, by extension; \"-\" is "
            "CSV to stdout.") },
    { "matrix-order", QT_TRANSLATE_NOOP("re::CommandLine", "ORDER"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Order of the matrix's rows: first (first appearance, default), count (most "
            "statements), changes (most role changes).") },
    { "export-timeline", QT_TRANSLATE_NOOP("re::CommandLine", "PATH"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "With --corpus, export the timeline of the resolutions (date against vote margin) "
            "as PNG, SVG or PDF by extension.") },
    { "map-mode", QT_TRANSLATE_NOOP("re::CommandLine", "MODE"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "What the exported map colours: partners (default), or vote (how each member "
            "state's MEPs voted; needs roll-call data by country).") },
    { "chart", QT_TRANSLATE_NOOP("re::CommandLine", "KIND"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Chart to export: totals (default), hemicycle, groups, countries.") },
    { "size", QT_TRANSLATE_NOOP("re::CommandLine", "WxH"),
        QT_TRANSLATE_NOOP("re::CommandLine", "Image size in pixels, e.g. 1600x900.") },
    { "dpi", QT_TRANSLATE_NOOP("re::CommandLine", "N"),
        QT_TRANSLATE_NOOP("re::CommandLine", "Image resolution (PNG), default 96.") },
    { "roll-call", QT_TRANSLATE_NOOP("re::CommandLine", "DIR|FILE"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Attach roll-call data before exporting: HowTheyVote.eu CSV files or bulk export "
            "(.zip, or its folder), or the Parliament's roll-call record of a sitting (.xml)."),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "\"howtheyvote\": fetch the document's final vote from HowTheyVote.eu (a file of "
            "that name: ./howtheyvote).") },
    { "vote", QT_TRANSLATE_NOOP("re::CommandLine", "ID"),
        QT_TRANSLATE_NOOP("re::CommandLine",
            "The vote to take from roll-call data that holds several (a record .xml, "
            "HowTheyVote.eu's export), by its identifier; default: the document's.") },
    { "refresh", nullptr,
        QT_TRANSLATE_NOOP("re::CommandLine",
            "Fetch again what --procedure and --roll-call howtheyvote find in the cache.") },
    { "lang", QT_TRANSLATE_NOOP("re::CommandLine", "CODE"),
        QT_TRANSLATE_NOOP(
            "re::CommandLine", "User interface language (en, fr, de); default: the system's.") },
};

void addOptions(QCommandLineParser &parser)
{
    for (const Option &option : optionTable) {
        const QString name = QLatin1String(option.name);
        QString description = Tr::tr(option.description);
        if (option.more)
            description += u' ' + Tr::tr(option.more);
        if (option.valueName)
            parser.addOption({ name, description, Tr::tr(option.valueName) });
        else
            parser.addOption({ name, description });
    }
    parser.addOption({ QStringLiteral("version"), Tr::tr("Print the version and exit.") });
    parser.addOption(
        { { QStringLiteral("h"), QStringLiteral("help") }, Tr::tr("Print this help and exit.") });
    parser.addPositionalArgument(Tr::tr("FILE"),
        Tr::tr("An OEIL summary (.md, .txt, .html) or a saved document (.json); "
               "none: the bundled resolution."),
        Tr::tr("[FILE]"));
}

/// Reads the options of corpus mode into *result. False with the usage error in *error.
bool parseCorpusOptions(const QCommandLineParser &parser, CliOptions *result, QString *error)
{
    result->corpus = parser.value(u"corpus"_s);
    result->listDocuments = parser.isSet(u"list-documents"_s);
    result->exportMatrix = parser.value(u"export-matrix"_s);
    result->exportTimeline = parser.value(u"export-timeline"_s);
    const bool corpus = parser.isSet(u"corpus"_s);
    if (corpus && result->corpus.trimmed().isEmpty()) {
        *error = Tr::tr("--corpus is empty: name a folder or a library file.");
        return false;
    }
    if (!corpus) {
        for (const char *option :
            { "years", "procedure-type", "list-documents", "export-matrix", "export-timeline" }) {
            if (parser.isSet(QLatin1String(option))) {
                *error = Tr::tr("--%1 goes with --corpus.").arg(QLatin1String(option));
                return false;
            }
        }
        return true;
    }
    if (!result->file.isEmpty() || parser.isSet(u"procedure"_s)) {
        *error = Tr::tr("Give FILE, --procedure or --corpus, only one of them.");
        return false;
    }
    for (const char *option : { "dump-model", "section", "export-map", "export-chart",
             "export-brief", "roll-call", "map-mode", "chart" }) {
        if (parser.isSet(QLatin1String(option))) {
            *error = Tr::tr("--%1 works on one resolution, not with --corpus.")
                         .arg(QLatin1String(option));
            return false;
        }
    }
    if (parser.isSet(u"years"_s)) {
        static const QRegularExpression yearsPattern(u"^(\\d{4})?(-(\\d{4})?)?$"_s);
        const QString years = parser.value(u"years"_s).trimmed();
        const auto match = yearsPattern.match(years);
        result->yearFrom = match.captured(1).toInt();
        result->yearTo = match.hasCaptured(2) ? match.captured(3).toInt() : result->yearFrom;
        if (!match.hasMatch() || years.isEmpty() || years == u"-"
            || (result->yearTo > 0 && result->yearFrom > result->yearTo)) {
            *error = Tr::tr("--years takes a year or FROM-TO years (e.g. 2019-2024, 2021, 2019-).");
            return false;
        }
    }
    static const QRegularExpression typePattern(u"^[A-Za-z]{2,8}$"_s);
    for (const QString &value : parser.values(u"procedure-type"_s)) {
        for (const QString &type : value.split(u',', Qt::SkipEmptyParts)) {
            if (!typePattern.match(type.trimmed()).hasMatch()) {
                *error = Tr::tr("--procedure-type takes procedure types separated by commas "
                                "(e.g. INI,RSP).");
                return false;
            }
            result->procedureTypes.append(type.trimmed().toUpper());
        }
    }
    if (parser.isSet(u"procedure-type"_s) && result->procedureTypes.isEmpty()) {
        *error
            = Tr::tr("--procedure-type takes procedure types separated by commas (e.g. INI,RSP).");
        return false;
    }
    if (parser.isSet(u"matrix-order"_s)) {
        result->matrixOrder = parser.value(u"matrix-order"_s).toLower();
        if (result->matrixOrder != u"first" && result->matrixOrder != u"count"
            && result->matrixOrder != u"changes") {
            *error = Tr::tr("--matrix-order takes first, count or changes.");
            return false;
        }
    }
    const bool jobs = result->listDocuments || parser.isSet(u"list-entities"_s)
        || !result->exportMatrix.isEmpty() || !result->exportTimeline.isEmpty()
        || !parser.value(u"export-actions"_s).isEmpty();
    if (!jobs) {
        *error = Tr::tr("--corpus needs a job: --export-actions, --export-matrix, "
                        "--export-timeline, --list-documents or --list-entities.");
        return false;
    }
    return true;
}

} // namespace

QString helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Explore a European Parliament resolution: its sections, the partners it names, "
               "what it asks, and how Parliament voted.\n"
               "With no option, opens the window. Options that dump or export run without a "
               "display.\nExit status: 0 done, 1 usage error, 2 bad input or unwritable output."));
    addOptions(parser);
    QString text = parser.helpText();
    // The usage line names the program as it was called (often a path), in Qt's own words
    // ("Usage: %1", translated by qtbase); --help and the man page name it plainly.
    const QString called = QCoreApplication::instance() ? QCoreApplication::arguments().value(0)
                                                        : QStringLiteral("<executable_name>");
    const qsizetype at = called.isEmpty() ? -1 : text.indexOf(called);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, called.size(), QStringLiteral("resolution-explorer"));
    return text;
}

QString languageArgument(const QStringList &arguments)
{
    static const QString option = QStringLiteral("--lang");
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break; // what follows is positional
        if (argument == option && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (argument.startsWith(option + u'='))
            language = argument.mid(option.size() + 1);
    }
    return language;
}

/// Escapes what would break a one-line message: line breaks, tabs and other control characters
/// become visible escapes ("\n", "\t", "\x1B").
QString escapedForOneLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\r')
            result += QStringLiteral("\\r");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            result += QStringLiteral("\\x") + QString::number(c.unicode(), 16).toUpper();
        else
            result += c;
    }
    return result;
}

QString usageErrorText(const QString &error)
{
    return QStringLiteral("resolution-explorer: ") + escapedForOneLine(error) + u'\n'
        + Tr::tr("Try '%1 --help'.").arg(QStringLiteral("resolution-explorer")) + u'\n';
}

QString noDisplayText()
{
    return QStringLiteral("resolution-explorer: ")
        + Tr::tr("there is no display to open the window on; use --dump-model, "
                 "--export-actions, --export-map or --export-chart (see --help)")
        + u'\n';
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
    result.language = parser.value(QStringLiteral("lang")); // --help speaks it too
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
        *error = Tr::tr("Give at most one FILE (got %1).").arg(positional.size());
        return false;
    }
    if (positional.size() == 1 && positional.first().trimmed().isEmpty()) {
        *error = Tr::tr("FILE is empty: name a file, or give none for the bundled resolution.");
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
    result.exportBrief = parser.value(u"export-brief"_s);
    result.rollCall = parser.value(QStringLiteral("roll-call"));
    result.voteId = parser.value(QStringLiteral("vote"));
    if (!result.voteId.isEmpty() && result.rollCall.isEmpty()) {
        *error = Tr::tr("--vote goes with --roll-call.");
        return false;
    }
    if (!parseCorpusOptions(parser, &result, error))
        return false;
    if (parser.isSet(u"matrix-order"_s) && result.exportMatrix.isEmpty()) {
        *error = Tr::tr("--matrix-order goes with --export-matrix.");
        return false;
    }
    const bool procedure = parser.isSet(u"procedure"_s);
    if (procedure) {
        if (!result.file.isEmpty()) {
            *error = Tr::tr("Give FILE or --procedure, not both.");
            return false;
        }
        // Read now: a reference that cannot be one is a usage error, found without the network.
        result.procedure = parser.value(u"procedure"_s);
        QString problem;
        const std::optional<OnlineSources::ProcedureInput> input
            = OnlineSources::parseProcedureInput(result.procedure, &problem);
        if (!input) {
            *error = u"--procedure: "_s + problem;
            return false;
        }
        result.procedureInput = *input;
    }
    result.refresh = parser.isSet(u"refresh"_s);
    if (result.refresh && !procedure && !result.rollCallOnline()) {
        *error = Tr::tr("--refresh goes with --procedure or --roll-call howtheyvote.");
        return false;
    }
    if (parser.isSet(QStringLiteral("chart")))
        result.chart = parser.value(QStringLiteral("chart")).toLower();
    if (parser.isSet(QStringLiteral("map-mode"))) {
        result.mapMode = parser.value(QStringLiteral("map-mode")).toLower();
        if (result.mapMode != u"partners" && result.mapMode != u"vote") {
            *error = Tr::tr("--map-mode takes partners or vote.");
            return false;
        }
        if (result.exportMap.isEmpty()) {
            *error = Tr::tr("--map-mode goes with --export-map.");
            return false;
        }
    }

    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
        const auto match = sizePattern.match(parser.value(QStringLiteral("size")));
        const int w = match.captured(1).toInt();
        const int h = match.captured(2).toInt();
        if (!match.hasMatch() || w < 100 || h < 100 || w > 20000 || h > 20000) {
            *error = Tr::tr("--size takes WIDTHxHEIGHT in pixels, each from 100 to 20000 "
                            "(e.g. 1600x900).");
            return false;
        }
        result.size = QSize(w, h);
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        result.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || result.dpi < 36 || result.dpi > 1200) {
            *error = Tr::tr("--dpi takes a whole number from 36 to 1200.");
            return false;
        }
    }
    static const QStringList chartKinds = { QStringLiteral("totals"), QStringLiteral("hemicycle"),
        QStringLiteral("groups"), QStringLiteral("countries") };
    if (!chartKinds.contains(result.chart)) {
        *error = Tr::tr("--chart takes one of: %1.").arg(chartKinds.join(QStringLiteral(", ")));
        return false;
    }

    // With --corpus, --search also selects the resolutions of every job.
    const bool filters = !result.entities.isEmpty() || !result.theme.isEmpty()
        || !result.verb.isEmpty() || !result.section.isEmpty()
        || (!result.search.isEmpty() && result.corpus.isEmpty());
    const bool jobs = result.dumpModel || result.listEntities || !result.exportActions.isEmpty()
        || !result.exportMap.isEmpty() || !result.exportChart.isEmpty()
        || !result.exportBrief.isEmpty() || result.listDocuments || !result.exportMatrix.isEmpty()
        || !result.exportTimeline.isEmpty();
    if (filters && result.exportActions.isEmpty() && result.exportBrief.isEmpty()) {
        *error = Tr::tr("--entity, --theme, --verb, --section and --search filter "
                        "--export-actions and --export-brief: give one of them too.");
        return false;
    }
    if (!result.exportBrief.isEmpty()
        && !result.exportBrief.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        *error = Tr::tr("--export-brief writes a PDF: give a file name ending in .pdf.");
        return false;
    }
    const bool imageOptions
        = parser.isSet(QStringLiteral("size")) || parser.isSet(QStringLiteral("dpi"));
    if (imageOptions && result.exportMap.isEmpty() && result.exportChart.isEmpty()
        && result.exportTimeline.isEmpty() && !result.matrixImage()) {
        *error = result.corpus.isEmpty()
            ? Tr::tr("--size and --dpi go with --export-map or --export-chart.")
            : Tr::tr("--size and --dpi go with --export-timeline or an image --export-matrix.");
        return false;
    }
    if (parser.isSet(QStringLiteral("chart")) && result.exportChart.isEmpty()) {
        *error = Tr::tr("--chart goes with --export-chart.");
        return false;
    }
    const int stdoutJobs
        = int(result.dumpModel) + int(result.listEntities) + int(result.exportActions == u"-");
    if (stdoutJobs > 1) {
        *error = Tr::tr("Only one of --dump-model, --list-entities and --export-actions - can "
                        "write to stdout.");
        return false;
    }
    if (stdoutJobs + int(result.listDocuments) + int(result.exportMatrix == u"-") > 1) {
        *error = Tr::tr("Only one of --list-documents, --list-entities, --export-actions - and "
                        "--export-matrix - can write to stdout.");
        return false;
    }
    result.mode = jobs ? CliOptions::Mode::Headless : CliOptions::Mode::Gui;
    *options = result;
    return true;
}

int runHeadless(const CliOptions &options)
{
    if (!options.corpus.isEmpty())
        return CorpusJobs(options).run();
    return HeadlessJobs(options).run();
}

} // namespace re
