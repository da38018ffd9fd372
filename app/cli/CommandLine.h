// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "online/OnlineSources.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace re {

/// What the command line asked for. Parsing needs no application object, so main() can choose
/// a QCoreApplication for text jobs, an offscreen QApplication for image exports, or the window.
struct CliOptions
{
    enum class Mode { Gui, Help, Version, Headless };
    Mode mode = Mode::Gui;

    QString file; ///< summary or document; empty: the bundled resolution (or --procedure's)
    QString procedure; ///< --procedure as given: a procedure reference or an OEIL address
    OnlineSources::ProcedureInput procedureInput; ///< --procedure as read
    bool refresh = false; ///< --refresh: fetch again what the cache holds
    bool dumpModel = false;
    bool listEntities = false;
    QString exportActions; ///< path, or "-" for CSV on stdout
    QStringList entities; ///< --entity, repeatable: ids or names
    QString theme;
    QString verb;
    QString section;
    QString search;
    QString exportMap;
    QString exportChart;
    QString exportBrief; ///< PDF of the document, its vote, map and the filtered statements
    QString chart = QStringLiteral("totals");
    QSize size; ///< invalid: the exporter's default
    int dpi = 96;
    QString rollCall;
    QString voteId; ///< --vote: which vote of a roll-call record
    QString mapMode = QStringLiteral("partners"); ///< --map-mode: partners or vote
    QString language; ///< --lang

    // Corpus mode (--corpus): many resolutions at once.
    QString corpus; ///< a folder of summaries and saved documents, or a library file
    int yearFrom = 0; ///< --years: first year, 0 for no bound
    int yearTo = 0; ///< --years: last year, 0 for no bound
    QStringList procedureTypes; ///< --procedure-type, upper case ("INI")
    bool listDocuments = false;
    QString exportMatrix; ///< path (.csv, .png, .svg), or "-" for CSV on stdout
    QString matrixOrder = QStringLiteral("first"); ///< first, count or changes
    QString exportTimeline;

    /// Whether --roll-call names HowTheyVote.eu ("howtheyvote", any case) rather than a file; a
    /// file of that name is reached as ./howtheyvote.
    bool rollCallOnline() const
    {
        return rollCall.compare(QStringLiteral("howtheyvote"), Qt::CaseInsensitive) == 0;
    }

    /// Whether the job draws images (and so needs a QApplication, offscreen when headless).
    bool needsGui() const
    {
        return !exportMap.isEmpty() || !exportChart.isEmpty() || !exportBrief.isEmpty()
            || !exportTimeline.isEmpty() || matrixImage();
    }

    /// Whether --export-matrix asks for an image rather than CSV.
    bool matrixImage() const
    {
        return !exportMatrix.isEmpty() && exportMatrix != u"-"
            && !exportMatrix.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    }
};

/// Parses argv (without needing an application). On a usage error returns false with the
/// message in *error; the caller prints it and exits with status 1.
bool parseCommandLine(const QStringList &arguments, CliOptions *options, QString *error);

/// The --help text, in the language of the installed translators.
QString helpText();

/// The value of the last --lang in `arguments`, read before they are parsed (so that the
/// messages about the arguments themselves can be translated); empty when none is given.
QString languageArgument(const QStringList &arguments);

/// `text` made fit for a one-line message: line breaks, tabs and other control characters
/// become visible escapes ("\\n", "\\t", "\\x1B").
QString escapedForOneLine(const QString &text);

/// What a usage error prints on stderr: "resolution-explorer: ERROR" and where to find help.
QString usageErrorText(const QString &error);

/// What is printed on stderr when the window cannot open for want of a display.
QString noDisplayText();

/// Runs a headless job (dumps and exports), fetching first what --procedure and --roll-call
/// howtheyvote ask for. Returns the exit status: 0 done, 1 usage error, 2 bad input, a fetch
/// that failed, or a file that could not be written (one line on stderr naming the file).
int runHeadless(const CliOptions &options);

} // namespace re
