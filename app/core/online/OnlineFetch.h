// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "online/FetchCache.h"
#include "online/WebClient.h"

#include <QLoggingCategory>
#include <QObject>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(reOnline)

namespace re {

/// What the program's online jobs share: one WebClient, the cache, and the rule that a job is
/// one chain of fetches that a newer start or cancel() ends. Pages are taken from the cache
/// unless the job refreshes, and every page fetched is kept there.
class OnlineFetch : public QObject
{
    Q_OBJECT
public:
    enum class CachePolicy { PreferCache, Refresh };

    explicit OnlineFetch(QObject *parent = nullptr);

    WebClient *client() const { return m_client; }
    void setCache(const FetchCache &cache) { m_cache = cache; }
    const FetchCache &cache() const { return m_cache; }
    bool isRunning() const { return m_running; }

    /// Ends the running job; its finished signal follows with an empty error.
    void cancel();

Q_SIGNALS:
    /// What is being done, in one short sentence ("Fetching the procedure file of ...").
    void stepChanged(const QString &step);
    void progress(qint64 received, qint64 total);
    /// A job began, or ended (with its result, failure or cancellation).
    void runningChanged(bool running);

protected:
    /// A new job: the running one, if any, is cancelled first.
    void begin(CachePolicy policy);
    /// Ends the job; callers then emit their finished signal.
    void end();
    /// Fetches `url` (or finds it in the cache) and goes on with `next`. A failure ends the
    /// job through failed(), unless `optional`: then `next` hears nullptr.
    void fetch(const QUrl &url, WebClient::Expect expect,
        std::function<void(const FetchedPage *)> next, bool optional = false);
    /// The job has ended without result: `error` is one sentence, empty when cancelled.
    virtual void failed(const QString &error) = 0;
    quint64 generation() const { return m_generation; }
    CachePolicy policy() const { return m_policy; }

private:
    WebClient *m_client = nullptr;
    FetchCache m_cache;
    CachePolicy m_policy = CachePolicy::PreferCache;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace re
