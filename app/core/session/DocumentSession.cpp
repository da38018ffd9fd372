// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DocumentSession.h"

#include "import/DocumentLoader.h"
#include "io/ActionExport.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"
#include "vote/RollCallReader.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPromise>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::DocumentSession)
};

struct LoadResult
{
    std::optional<Document> document;
    QString error;
};

} // namespace

DocumentSource DocumentSource::of(const Document &document)
{
    if (document.sourceName.isEmpty())
        return {};
    return { document.sourceName.startsWith(u':') ? Kind::Bundled : Kind::File,
        document.sourceName };
}

DocumentSession::DocumentSession(QObject *parent) : QObject(parent)
{
    m_worker.setMaxThreadCount(1);
    buildFilterIndex();
}

DocumentSession::~DocumentSession()
{
    if (m_indexCancel)
        *m_indexCancel = true;
    if (m_rollCallCancel)
        *m_rollCallCancel = true; // the reader stops soon; its result goes nowhere
    cancelFilterRun();
    m_worker.waitForDone();
}

void DocumentSession::setDocument(Document document, const DocumentSource &source)
{
    cancelRollCall(); // roll-call data read for the document being replaced
    Q_EMIT documentAboutToChange();
    m_document = std::move(document);
    m_source = source.kind == DocumentSource::Kind::None ? DocumentSource::of(m_document) : source;
    m_statedVote.reset();
    m_actionCounts.reset();
    cancelFilterRun();
    m_filter = ActionFilter();
    m_accepted.reset();
    buildFilterIndex();
    Q_EMIT documentChanged();
}

bool DocumentSession::openNow(const QString &path, QString *error)
{
    QString problem;
    std::optional<Document> document = loadDocumentFile(path, &problem);
    if (!document) {
        if (error)
            *error = problem;
        return false;
    }
    setDocument(std::move(*document), { DocumentSource::Kind::File, path });
    return true;
}

void DocumentSession::open(const QString &path)
{
    cancelOpen(); // the newest open wins
    const quint64 generation = ++m_openGeneration;
    m_openPath = path;
    Q_EMIT openStarted(path);
    auto promise = std::make_shared<QPromise<LoadResult>>();
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        LoadResult result = watcher->result();
        finishOpen(generation, path, std::move(result.document), result.error);
    });
    watcher->setFuture(promise->future());
    promise->start();
    // The loader reads only the file and the core's read-only tables.
    QThreadPool::globalInstance()->start([promise, path] {
        LoadResult result;
        result.document = loadDocumentFile(path, &result.error);
        promise->addResult(std::move(result));
        promise->finish();
    });
}

void DocumentSession::cancelOpen()
{
    if (m_openPath.isEmpty())
        return;
    const QString path = std::exchange(m_openPath, QString());
    ++m_openGeneration; // the running import's result is dropped when it comes
    Q_EMIT openFinished(path, false, {});
}

void DocumentSession::finishOpen(
    quint64 generation, const QString &path, std::optional<Document> document, const QString &error)
{
    if (generation != m_openGeneration)
        return; // cancelled or replaced: openFinished() was emitted then
    m_openPath.clear();
    if (!document) {
        Q_EMIT openFinished(path, false, error);
        return;
    }
    setDocument(std::move(*document), { DocumentSource::Kind::File, path });
    Q_EMIT openFinished(path, true, {});
}

bool DocumentSession::save(const QString &path, QString *error) const
{
    return writeFileAtomically(path, documentToJson(m_document), error);
}

bool DocumentSession::exportActions(
    const QString &path, const QList<int> &actionIndexes, QString *error) const
{
    const std::optional<QByteArray> bytes = actionsExport(m_document, actionIndexes, path, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

bool DocumentSession::rollCallRequest(
    const QString &voteId, RollCallRequest *request, QString *error) const
{
    if (!m_document.vote) {
        if (error)
            *error = Tr::tr("the document states no vote to attach roll-call data to");
        return false;
    }
    request->totals = m_statedVote.value_or(*m_document.vote);
    request->totals.groups.clear();
    request->totals.countries.clear();
    request->totals.breakdownSource.clear();
    request->procedure = m_document.procedure.reference;
    request->voteId = voteId;
    return true;
}

bool DocumentSession::attachRollCall(
    const QStringList &paths, QString *error, const QString &voteId)
{
    RollCallRequest request;
    if (!rollCallRequest(voteId, &request, error))
        return false;
    const Vote stated = m_statedVote.value_or(*m_document.vote);
    const std::optional<Vote> vote = paths.size() == 1
        ? readRollCall(paths.first(), request, error)
        : readRollCallFiles(paths, request.totals, error);
    if (!vote)
        return false;
    m_statedVote = stated;
    setVote(vote);
    return true;
}

void DocumentSession::attachRollCallInBackground(const QStringList &paths, const QString &voteId)
{
    cancelRollCall();
    RollCallRequest request;
    QString error;
    if (!rollCallRequest(voteId, &request, &error)) {
        Q_EMIT rollCallStarted(paths);
        Q_EMIT rollCallFinished(false, error);
        return;
    }
    const auto cancel = std::make_shared<std::atomic_bool>(false);
    m_rollCallCancel = cancel;
    request.cancel = cancel.get();
    Q_EMIT rollCallStarted(paths);
    struct Result
    {
        std::optional<Vote> vote;
        QString error;
    };
    auto promise = std::make_shared<QPromise<Result>>();
    auto *watcher = new QFutureWatcher<Result>(this);
    const Vote stated = m_statedVote.value_or(*m_document.vote);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, cancel, stated] {
        watcher->deleteLater();
        if (cancel->load() || m_rollCallCancel != cancel)
            return; // cancelled, replaced, or the document changed: said then
        m_rollCallCancel.reset();
        const Result result = watcher->result();
        if (!result.vote) {
            Q_EMIT rollCallFinished(false, result.error);
            return;
        }
        m_statedVote = stated;
        setVote(result.vote);
        Q_EMIT rollCallFinished(true, {});
    });
    watcher->setFuture(promise->future());
    promise->start();
    // The readers read only the files; `cancel` lives as long as this task.
    QThreadPool::globalInstance()->start([promise, paths, request, cancel] {
        Result result;
        result.vote = paths.size() == 1 ? readRollCall(paths.first(), request, &result.error)
                                        : readRollCallFiles(paths, request.totals, &result.error);
        promise->addResult(std::move(result));
        promise->finish();
    });
}

void DocumentSession::cancelRollCall()
{
    if (!m_rollCallCancel)
        return;
    m_rollCallCancel->store(true);
    m_rollCallCancel.reset();
    Q_EMIT rollCallFinished(false, {});
}

void DocumentSession::detachRollCall()
{
    if (!m_document.vote)
        return;
    Vote stated = m_statedVote.value_or(*m_document.vote);
    if (!m_statedVote) { // breakdowns that came with the document itself
        stated.groups.clear();
        stated.countries.clear();
        stated.breakdownSource.clear();
        stated.sourceUrl.clear();
    }
    m_statedVote.reset();
    setVote(stated);
}

std::optional<Vote> DocumentSession::statedVote() const
{
    if (!m_document.vote)
        return std::nullopt;
    if (m_statedVote)
        return m_statedVote;
    Vote stated = *m_document.vote; // breakdowns here came with the document itself
    stated.groups.clear();
    stated.countries.clear();
    stated.breakdownSource.clear();
    stated.sourceUrl.clear();
    return stated;
}

void DocumentSession::attachVote(const Vote &vote)
{
    if (!m_document.vote)
        return;
    cancelRollCall();
    m_statedVote = statedVote();
    setVote(vote);
}

bool DocumentSession::hasRollCall() const
{
    return m_document.vote
        && (!m_document.vote->groups.isEmpty() || !m_document.vote->countries.isEmpty());
}

void DocumentSession::setVote(const std::optional<Vote> &vote)
{
    if (m_document.vote == vote)
        return;
    m_document.vote = vote;
    Q_EMIT voteChanged();
}

void DocumentSession::setFilter(const ActionFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    evaluateFilter();
}

const QHash<QString, int> &DocumentSession::actionCounts() const
{
    if (!m_actionCounts)
        m_actionCounts = m_document.actionCounts();
    return *m_actionCounts;
}

void DocumentSession::buildFilterIndex()
{
    if (m_indexCancel)
        *m_indexCancel = true; // the previous document's build, if still running
    m_indexCancel.reset();
    m_filterIndex.reset();
    if (m_document.actions.size() < BackgroundActions) {
        m_filterIndex = std::make_shared<const ActionFilterIndex>(m_document);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_indexCancel = cancel;
    // The worker reads its own copy (implicitly shared, so nothing is copied unless the
    // document here changes meanwhile) and hands the index back through the event loop.
    m_worker.start([this, cancel, document = m_document] {
        auto index = std::make_shared<const ActionFilterIndex>(document, cancel.get());
        if (*cancel)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, cancel, index] {
                if (*cancel || cancel != m_indexCancel)
                    return;
                m_indexCancel.reset();
                m_filterIndex = index;
                Q_EMIT filterIndexReady();
                evaluateFilter(); // a filter set meanwhile applies now
            },
            Qt::QueuedConnection);
    });
}

void DocumentSession::cancelFilterRun()
{
    if (m_filterCancel)
        *m_filterCancel = true;
    m_filterCancel.reset();
    m_runningFilter = ActionFilter();
}

void DocumentSession::evaluateFilter()
{
    const ActionFilter filter = m_filter;
    if (m_filterCancel && m_runningFilter == filter)
        return; // already on its way
    cancelFilterRun();
    if (filter.isEmpty()) {
        if (m_accepted)
            applyAccepted(nullptr);
        return;
    }
    if (m_accepted && m_accepted->filter() == filter)
        return; // back to the filter shown (typed, then deleted): nothing to do
    if (!m_filterIndex)
        return; // evaluated when the index lands; until then every action shows
    // Typing on only re-checks what the filter shown accepted.
    std::shared_ptr<const AcceptedActions> previous
        = m_accepted && filter.narrows(m_accepted->filter()) ? m_accepted : nullptr;
    if (m_document.actions.size() < BackgroundActions) {
        applyAccepted(
            AcceptedActions::evaluate(filter, m_document, *m_filterIndex, previous.get()));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_filterCancel = cancel;
    m_runningFilter = filter;
    // The worker reads immutable snapshots: an implicitly shared copy of the document, the
    // index and the previous result (both shared_ptr<const>).
    m_worker.start([this, cancel, filter, previous, index = m_filterIndex, document = m_document] {
        auto accepted
            = AcceptedActions::evaluate(filter, document, *index, previous.get(), cancel.get());
        if (!accepted)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, cancel, accepted] {
                if (*cancel || cancel != m_filterCancel)
                    return; // a newer filter or document made it stale
                m_filterCancel.reset();
                m_runningFilter = ActionFilter();
                applyAccepted(accepted);
            },
            Qt::QueuedConnection);
    });
}

void DocumentSession::applyAccepted(std::shared_ptr<const AcceptedActions> accepted)
{
    m_accepted = std::move(accepted);
    Q_EMIT acceptedActionsChanged();
}

} // namespace re
