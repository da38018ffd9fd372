// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/OnlineFetch.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(reOnline, "re.online")

namespace re {

OnlineFetch::OnlineFetch(QObject *parent) : QObject(parent), m_client(new WebClient(this))
{
    connect(m_client, &WebClient::progress, this, &OnlineFetch::progress);
}

void OnlineFetch::begin(CachePolicy policy)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_policy = policy;
    Q_EMIT runningChanged(true);
}

void OnlineFetch::end()
{
    ++m_generation;
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

void OnlineFetch::cancel()
{
    if (!m_running)
        return;
    end();
    m_client->cancel();
    failed({});
}

void OnlineFetch::fetch(const QUrl &url, WebClient::Expect expect,
    std::function<void(const FetchedPage *)> next, bool optional)
{
    const quint64 generation = m_generation;
    if (m_policy == CachePolicy::PreferCache) {
        if (std::optional<FetchedPage> page = m_cache.find(url)) {
            // From the event loop, as a fetched page would come.
            QTimer::singleShot(0, this, [this, generation, next, page = std::move(*page)] {
                if (generation == m_generation && m_running)
                    next(&page);
            });
            return;
        }
    }
    m_client->get(url, expect,
        [this, generation, next, optional](
            const FetchedPage &page, FetchError error, const QString &message) {
            if (generation != m_generation || error == FetchError::Cancelled)
                return;
            if (error != FetchError::None) {
                if (optional) {
                    next(nullptr);
                } else {
                    end();
                    failed(message);
                }
                return;
            }
            QString cacheError;
            if (!m_cache.store(page, &cacheError))
                qCWarning(reOnline, "%s", qUtf8Printable(cacheError));
            next(&page);
        });
}

} // namespace re
