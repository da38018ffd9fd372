// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "library/Library.h"

#include <memory>
#include <optional>

namespace re {

class AtomicWriteBatch;

/// The command line's jobs on a corpus (--corpus): a folder read into a library in memory, or
/// a library file opened as it is. The selection options (--years, --procedure-type, --search)
/// choose the resolutions; the jobs list them, export their statements, the partner matrix or
/// the timeline. As HeadlessJobs: all or nothing, one line on stderr per failure naming the
/// file, exit status 2 for bad input or an unwritable file, 1 for a filter the corpus does not
/// know.
class CorpusJobs
{
public:
    explicit CorpusJobs(const CliOptions &options);
    ~CorpusJobs();

    /// Opens the corpus, selects its resolutions and runs every job; returns the exit status.
    int run();

private:
    bool open();
    /// The statement query of --export-actions: the selection plus --entity, --theme, --verb.
    std::optional<CorpusQuery> buildQuery();
    QList<qint64> selectedIds() const;
    CorpusMatrix matrix() const;
    /// The title of the image exports, naming the corpus's folder or library.
    QString imageTitle() const;

    bool listDocuments(QByteArray &out);
    bool listEntities(QByteArray &out);
    bool exportActions(const CorpusQuery &query, QByteArray &out, AtomicWriteBatch &files);
    bool exportMatrix(QByteArray &out, AtomicWriteBatch &files);
    bool exportTimeline(AtomicWriteBatch &files);

    int fail(const QString &file, const QString &problem, int status = 2);
    void note(const QString &file, const QString &text);

    CliOptions m_options;
    std::unique_ptr<Library> m_library;
    QList<LibraryEntry> m_documents; ///< the selected resolutions
    int m_status = 0;
};

} // namespace re
