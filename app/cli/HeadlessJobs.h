// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "export/ImageExport.h"
#include "model/ActionFilter.h"
#include "session/DocumentSession.h"

#include <optional>

namespace re {

class AtomicWriteBatch;

/// A field of the --list-entities listing: a backslash, tab, line feed or carriage return in it
/// is written as a backslash escape (\\, \t, \n, \r), so that every entity stays one line of six
/// fields.
QString tabSeparatedField(const QString &field);

/// Writes all of `bytes` to stdout and flushes; false with the reason in *error when any of it
/// could not be written (a full disk, a closed pipe, a file-size limit: SIGPIPE and SIGXFSZ are
/// ignored, see main.cpp).
bool writeStdout(const QByteArray &bytes, QString *error);

/// Sends an export to where the user named it: "-" appends it to `out` (standard output, written
/// once every job succeeded), any other path adds it to `files` (written all or nothing). False
/// with the reason in *error when the file cannot be added.
bool deliverExport(const QString &path, const QByteArray &bytes, QByteArray &out,
    AtomicWriteBatch &files, QString *error);

/// The command line's jobs on one document: dumps to stdout, exports to files, all or nothing
/// (no file is replaced unless every job succeeded and stdout took all of its output). Each
/// failure prints one line "resolution-explorer: FILE: problem" on stderr, control characters
/// escaped, and gives exit status 2. The document may first be fetched (--procedure), and its
/// roll-call data too (--roll-call howtheyvote); the fetches run in a local event loop, and say
/// each step on stderr when it is a terminal.
class HeadlessJobs
{
public:
    explicit HeadlessJobs(const CliOptions &options);

    /// Loads the document, then runs every job asked for; returns the exit status.
    int run();

private:
    bool load();
    /// --procedure: fetches the resolution (or finds it in the cache) and opens it.
    bool fetchProcedure();
    bool attachRollCall();
    /// --roll-call howtheyvote: fetches the document's final vote and attaches it.
    bool fetchRollCall();
    /// What the lines on stderr name the document by: FILE, --procedure's reference, or the
    /// bundled resolution.
    QString documentName() const;
    /// Resolves --entity names, --verb, --theme and --section against the document.
    std::optional<ActionFilter> buildFilter();
    // Each job adds what it writes to stdout to `out` and its file to `files`.
    bool dumpModel(QByteArray &out);
    bool listEntities(QByteArray &out);
    bool exportActions(const ActionFilter &filter, QByteArray &out, AtomicWriteBatch &files);
    /// --size, --dpi and the document title for an image export.
    ImageExportOptions imageOptions() const;
    bool exportMap(AtomicWriteBatch &files);
    bool exportChart(AtomicWriteBatch &files);
    /// --export-brief: the PDF of the document with the statements `filter` accepts.
    bool exportBrief(const ActionFilter &filter, AtomicWriteBatch &files);

    int fail(const QString &file, const QString &problem, int status = 2);
    /// One line on stderr that is no failure: "resolution-explorer: FILE: note: TEXT".
    void note(const QString &file, const QString &text);

    CliOptions m_options;
    DocumentSession m_session;
    int m_status = 0;
};

} // namespace re
