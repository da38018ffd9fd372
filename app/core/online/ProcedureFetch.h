// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "online/OnlineFetch.h"
#include "online/OnlineSources.h"
#include "online/ProcedureFile.h"

#include <QThreadPool>
#include <optional>

namespace re {

/// Adds what a procedure file says to a document read from one of its summaries: the
/// committee responsible, the rapporteurs, the key events, and the reference and title when the
/// summary gave none. What the summary says is never replaced.
void addProcedureFile(Document &document, const ProcedureFile &file);

/// Opens a resolution by its procedure reference, or by the address of one of its summaries:
/// fetches the procedure file from the Legislative Observatory, finds the summary of
/// Parliament's decision (the "Summary" link of the "Decision by Parliament" row), fetches and
/// reads it (on a worker), and adds what the procedure file says. The document is also kept
/// in the cache as a saved document (FetchCache::documentPath()), for Open Recent.
class ProcedureFetch : public OnlineFetch
{
    Q_OBJECT
public:
    explicit ProcedureFetch(QObject *parent = nullptr);
    ~ProcedureFetch() override;

    void start(const OnlineSources::ProcedureInput &input, CachePolicy policy);
    /// After noDecisionSummary(): opens the summary `summaryId` of the same procedure.
    void openSummary(const QString &summaryId);

Q_SIGNALS:
    /// The procedure file names no summary of Parliament's decision; `latest` is the latest
    /// summary it names. The job waits for openSummary() or cancel().
    void noDecisionSummary(const QString &message, const re::KeyEvent &latest);
    /// The document, or nullopt with one sentence in `error` (empty when cancelled).
    void finished(const std::optional<re::Document> &document, const QString &error);

protected:
    void failed(const QString &error) override;

private:
    /// Says the step, then fetches the procedure file of `reference` (see OnlineFetch::fetch()).
    void fetchProcedureFile(const QString &reference, std::function<void(const FetchedPage *)> next,
        bool optional = false);
    void readProcedureFile(const FetchedPage &page);
    void fetchSummary(const QString &summaryId);
    void readSummary(const FetchedPage &page);
    void summaryRead(quint64 job, std::optional<Document> document, const QString &error,
        const QDateTime &fetched, const QUrl &url);
    void succeed(Document document);

    QThreadPool m_worker;
    OnlineSources::ProcedureInput m_input;
    std::optional<ProcedureFile> m_procedureFile;
};

} // namespace re
