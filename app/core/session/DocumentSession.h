// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "model/AcceptedActions.h"
#include "model/ActionFilter.h"
#include "vote/RollCallReader.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <optional>

namespace re {

/// Where a session's document came from.
struct DocumentSource
{
    enum class Kind { None, Bundled, File, Online };
    Kind kind = Kind::None;
    /// The file's path; the resource path for the bundled resolution; for a resolution fetched
    /// by its procedure, the saved copy in the cache (FetchCache::documentPath()).
    QString location;

    /// The source a document names in its sourceName (":/..." is the bundled resolution).
    static DocumentSource of(const Document &document);
    friend bool operator==(const DocumentSource &, const DocumentSource &) = default;
};

/// One open document and everything derived from it: its filter index, the actions the
/// session's filter accepts, every entity's number of actions, the roll-call data attached to
/// its vote, and where it came from. Its operations (open, save, export, attach and detach
/// roll-call data) serve the window and the command line alike; it knows no widget.
///
/// Replacing the document is one step for listeners: documentAboutToChange() (item models
/// begin their reset), then the new document with an empty filter and everything derived
/// from it reset, then documentChanged().
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    const Document &document() const { return m_document; }
    const DocumentSource &source() const { return m_source; }
    /// Replaces the document (and its roll-call data) with an empty filter.
    void setDocument(Document document, const DocumentSource &source);
    void setDocument(Document document) { setDocument(std::move(document), {}); }

    /// Reads a summary (.md, .txt, .html, .htm) or a saved document (.json) now. On failure
    /// returns false with one sentence in *error and keeps the document.
    bool openNow(const QString &path, QString *error);
    /// The same on a worker thread, while the caller goes on: openStarted(), then
    /// openFinished() when the file is read (the document is replaced first), refused,
    /// cancelled, or replaced by a newer open(): the newest open wins, whichever ends first.
    void open(const QString &path);
    /// Drops the result of the open() running, if any (openFinished() says it was cancelled).
    /// The import itself runs to its end on the worker; nothing it returns is used.
    void cancelOpen();
    bool isOpening() const { return !m_openPath.isEmpty(); }
    /// The file of the open() running; empty when none is.
    QString openingPath() const { return m_openPath; }

    /// Writes the document in the saved format (docs/FORMAT.md), atomically.
    bool save(const QString &path, QString *error) const;
    /// Writes the given actions (indexes, in that order) as CSV or JSON by the path's
    /// extension, atomically.
    bool exportActions(const QString &path, const QList<int> &actionIndexes, QString *error) const;

    /// Reads roll-call data (HowTheyVote.eu CSV files: one folder or file, or several files; or
    /// the Parliament's roll-call record of a sitting, one .xml file, of which `voteId` names
    /// the vote when the totals do not single it out) and attaches its breakdowns to the
    /// document's vote; the totals stay the document's. On failure returns false with one
    /// sentence in *error and changes nothing.
    bool attachRollCall(const QStringList &paths, QString *error, const QString &voteId = {});
    /// The same on a worker thread, for data that takes long to read (HowTheyVote's export):
    /// rollCallStarted(), then rollCallFinished(). A newer call, cancelRollCall() or a new
    /// document stops the running one (the export's reader checks the flag) and drops its result.
    void attachRollCallInBackground(const QStringList &paths, const QString &voteId = {});
    void cancelRollCall();
    bool isAttachingRollCall() const { return m_rollCallCancel != nullptr; }
    /// Takes the attached breakdowns away again: the vote as the document stated it.
    void detachRollCall();
    /// The vote as the document states it, without roll-call data (attached, or saved with
    /// the document); nullopt when it states none.
    std::optional<Vote> statedVote() const;
    /// Attaches roll-call data read elsewhere (fetched from HowTheyVote.eu, whose reader already
    /// checked it against statedVote()): `vote` replaces the document's, and detachRollCall()
    /// gives the stated one back.
    void attachVote(const Vote &vote);
    /// Whether the vote carries per-group or per-country rows.
    bool hasRollCall() const;
    /// Replaces the vote (roll-call data read elsewhere, or none).
    void setVote(const std::optional<Vote> &vote);

    /// The filter whose result acceptedActions() is (or will be, for a large document).
    const ActionFilter &filter() const { return m_filter; }
    void setFilter(const ActionFilter &filter);

    /// The filter index (nullptr while a worker builds it for a document of
    /// BackgroundActions actions or more; filterIndexReady() follows).
    const ActionFilterIndex *filterIndex() const { return m_filterIndex.get(); }
    /// The actions filter() accepts; nullptr while every action shows (no filter, or a large
    /// document whose index or first result is not there yet). From BackgroundActions actions on
    /// it is computed on the worker, so it stays the previous filter's result until
    /// acceptedActionsChanged(); a newer filter drops an older run.
    std::shared_ptr<const AcceptedActions> acceptedActions() const { return m_accepted; }
    static constexpr qsizetype BackgroundActions = 2000;

    /// Every entity's number of actions (Document::actionCounts()), counted at the first ask.
    const QHash<QString, int> &actionCounts() const;

Q_SIGNALS:
    void documentAboutToChange();
    void documentChanged();
    void voteChanged();
    void filterIndexReady();
    void acceptedActionsChanged();
    void openStarted(const QString &path);
    /// `opened`: the document is the file's now. Otherwise `error` says why (empty when the
    /// open was cancelled or replaced by a newer one).
    void openFinished(const QString &path, bool opened, const QString &error);
    void rollCallStarted(const QStringList &paths);
    /// `attached`: the vote has the data's breakdowns now. Otherwise `error` says why (empty
    /// when cancelled).
    void rollCallFinished(bool attached, const QString &error);

private:
    void buildFilterIndex();
    void evaluateFilter();
    void applyAccepted(std::shared_ptr<const AcceptedActions> accepted);
    void cancelFilterRun();
    /// The request for roll-call data matching the document's vote as it stated it; false with
    /// one sentence when the document states no vote.
    bool rollCallRequest(const QString &voteId, RollCallRequest *request, QString *error) const;
    void finishOpen(quint64 generation, const QString &path, std::optional<Document> document,
        const QString &error);

    Document m_document;
    DocumentSource m_source;
    std::optional<Vote> m_statedVote; ///< the vote before roll-call data was attached
    mutable std::optional<QHash<QString, int>> m_actionCounts;
    ActionFilter m_filter;
    std::shared_ptr<const ActionFilterIndex> m_filterIndex;
    std::shared_ptr<const AcceptedActions> m_accepted;
    /// One worker (index builds and filter runs, in turn); waited for on destruction.
    QThreadPool m_worker;
    std::shared_ptr<std::atomic_bool> m_indexCancel; ///< of the build for this document
    std::shared_ptr<std::atomic_bool> m_filterCancel; ///< of the newest filter run, if running
    ActionFilter m_runningFilter; ///< the filter of that run
    quint64 m_openGeneration = 0; ///< of the newest open()
    QString m_openPath; ///< of the open() running
    /// Of the attachRollCallInBackground() running, null when none runs.
    std::shared_ptr<std::atomic_bool> m_rollCallCancel;
};

} // namespace re
