// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

class QTimer;

namespace re {

/// A page or file fetched from a site, or read back from the cache.
struct FetchedPage
{
    QUrl url; ///< the address asked for
    QByteArray body;
    QString contentType;
    QDateTime fetched; ///< UTC, when it was fetched from the site
    bool fromCache = false;
};

/// How a fetch ended, when it did not bring the page.
enum class FetchError {
    None,
    Cancelled, ///< by cancel() or a newer get(); no sentence
    Offline, ///< no network, or the host's name is unknown
    Refused, ///< the connection was refused or reset
    Timeout, ///< no byte for the timeout
    NotFound, ///< HTTP 404 or 410
    Http, ///< another HTTP error
    BotCheck, ///< a page for browsers (a bot check) where the page or data was expected
    TooLarge, ///< more than maxBody() bytes
    Redirect, ///< a redirect to another site, or from https to http
    Insecure, ///< an address that is neither https nor a loopback http one; TLS errors
};

/// Fetches one address at a time for the program, on the rules of docs/ONLINE.md: https with
/// Qt's certificate checks (http only on the loopback interface, for tests), one User-Agent
/// naming the program and its version, a timeout without data, at most maxBody() bytes,
/// redirects only within the same site, and one sentence for every failure. It knows nothing
/// of the cache: callers decide when to go online.
class WebClient : public QObject
{
    Q_OBJECT
public:
    /// What the caller expects, so that a page for browsers is recognised where data was
    /// expected.
    enum class Expect { Html, Json, Csv };
    using Done
        = std::function<void(const FetchedPage &page, FetchError error, const QString &message)>;

    static constexpr qint64 DefaultMaxBody = 64LL * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultTimeout { 30'000 };

    explicit WebClient(QObject *parent = nullptr);
    ~WebClient() override;

    /// Starts fetching `url`; `done` is called once, later, from the event loop. A fetch still
    /// running is cancelled first (its `done` hears FetchError::Cancelled).
    void get(const QUrl &url, Expect expect, Done done);
    /// Ends the running fetch, if any, with FetchError::Cancelled.
    void cancel();
    bool isBusy() const { return m_reply != nullptr; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxBody(qint64 bytes) { m_maxBody = bytes; }
    qint64 maxBody() const { return m_maxBody; }

    /// "ResolutionExplorer/0.1.0 (+https://...)"
    static QByteArray userAgent();
    /// Whether the body looks like a page for browsers rather than the page or data expected:
    /// HTML where JSON or CSV was expected, or a known bot-check or challenge page.
    static bool looksLikeBotCheck(
        const QByteArray &body, const QString &contentType, Expect expect);

Q_SIGNALS:
    /// Bytes received so far, and the total (-1 when the site does not say).
    void progress(qint64 received, qint64 total);

private:
    void finish(FetchError error, const QString &message);
    static QString redirectMessage(const QUrl &from, const QUrl &to);
    void onReadyRead();
    /// Ends the fetch of an answer larger than maxBody() (announced, or as it comes).
    void refuseTooLarge();
    void onFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr;
    QUrl m_url;
    Expect m_expect = Expect::Html;
    Done m_done;
    QByteArray m_body;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    qint64 m_maxBody = DefaultMaxBody;
};

} // namespace re
