// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/WebClient.h"

#include "online/OnlineSources.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Words of the pages bot checks and challenges answer with, in lower case.
constexpr const char *BotCheckMarkers[] = {
    "captcha",
    "challenge-platform",
    "cf-chl",
    "awswaf",
    "aws-waf-token",
    "_incapsula_",
    "please enable javascript",
    "enable javascript and cookies",
    "request unsuccessful",
    "checking your browser",
};

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

WebClient::WebClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_timer(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish(FetchError::Timeout,
            tr("%1 did not answer within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()))
                .arg(m_url.host()));
    });
}

WebClient::~WebClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray WebClient::userAgent()
{
    return QByteArrayLiteral("ResolutionExplorer/" RE_VERSION
                             " (desktop program for reading European Parliament resolutions)");
}

bool WebClient::looksLikeBotCheck(const QByteArray &body, const QString &contentType, Expect expect)
{
    if (expect != Expect::Html) {
        if (contentType.contains(u"html"_s, Qt::CaseInsensitive))
            return true;
        const QByteArray start = body.left(256).trimmed();
        return start.startsWith('<');
    }
    const QByteArray head = body.left(64 * 1024).toLower();
    for (const char *marker : BotCheckMarkers) {
        if (head.contains(marker))
            return true;
    }
    return false;
}

void WebClient::get(const QUrl &url, Expect expect, Done done)
{
    cancel();
    m_url = url;
    m_expect = expect;
    m_done = std::move(done);
    m_body.clear();

    if (!OnlineSources::isAllowedBase(url)) {
        // Later, from the event loop, as every other ending.
        QTimer::singleShot(0, this, [this, url] {
            if (m_url == url && m_done && !m_reply)
                finish(FetchError::Insecure,
                    tr("%1 is not a secure (https) address; the program fetches only those.")
                        .arg(url.toDisplayString()));
        });
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setMaximumRedirectsAllowed(5);
    switch (expect) {
    case Expect::Html:
        request.setRawHeader("Accept", "text/html,application/xhtml+xml");
        break;
    case Expect::Json:
        request.setRawHeader("Accept", "application/json");
        break;
    case Expect::Csv:
        request.setRawHeader("Accept", "text/csv");
        break;
    }
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    // The body is collected here, bounded: the reply's own buffer is kept small.
    reply->setReadBufferSize(1024 * 1024);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_reply)
            return;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > m_maxBody)
            refuseTooLarge();
    });
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &target) {
        if (reply != m_reply)
            return;
        const QUrl current = reply->url();
        const bool sameSite = target.host().compare(current.host(), Qt::CaseInsensitive) == 0
            && target.port(current.scheme() == u"https"_s ? 443 : 80)
                == current.port(current.scheme() == u"https"_s ? 443 : 80);
        const bool downgrade = current.scheme() == u"https"_s && target.scheme() != u"https"_s;
        if (sameSite && !downgrade) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        finish(FetchError::Redirect, redirectMessage(current, target));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply == m_reply)
            onReadyRead();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 got, qint64 total) {
        if (reply != m_reply)
            return;
        m_timer->start(m_timeout);
        Q_EMIT progress(got, total);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        if (reply == m_reply)
            onFinished();
    });
    m_timer->start(m_timeout);
}

QString WebClient::redirectMessage(const QUrl &from, const QUrl &to)
{
    if (to.host().isEmpty() || to.host().compare(from.host(), Qt::CaseInsensitive) == 0)
        return tr("%1 redirected the request without giving the page.").arg(from.host());
    return tr("%1 sent the request on to another site (%2); the program follows redirects "
              "only within the same site.")
        .arg(from.host(), to.host());
}

void WebClient::cancel()
{
    if (m_reply || m_done)
        finish(FetchError::Cancelled, {});
}

void WebClient::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBody)
        refuseTooLarge();
}

void WebClient::refuseTooLarge()
{
    finish(FetchError::TooLarge,
        tr("The answer from %1 is larger than %2 MB; nothing was kept.")
            .arg(m_url.host(), megabytes(m_maxBody)));
}

void WebClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_body += reply->readAll();
    const QString host = m_url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();

    if (status == 0 && reply->error() != QNetworkReply::NoError) {
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyNotFoundError:
            finish(FetchError::Offline,
                tr("Could not reach %1: the computer seems to be offline.").arg(host));
            return;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
            finish(FetchError::Refused, tr("%1 refused the connection.").arg(host));
            return;
        case QNetworkReply::TimeoutError:
            finish(FetchError::Timeout, tr("%1 did not answer in time.").arg(host));
            return;
        case QNetworkReply::SslHandshakeFailedError:
            finish(FetchError::Insecure,
                tr("The secure connection to %1 failed: %2.").arg(host, reply->errorString()));
            return;
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            finish(FetchError::Redirect, tr("%1 redirected the request too often.").arg(host));
            return;
        default:
            finish(FetchError::Http,
                tr("Fetching from %1 failed: %2.").arg(host, reply->errorString()));
            return;
        }
    }
    if (status == 404 || status == 410) {
        finish(FetchError::NotFound,
            tr("%1 has no page at %2 (HTTP %3).").arg(host, m_url.toDisplayString()).arg(status));
        return;
    }
    if (status >= 300 && status < 400) {
        // Qt follows a redirect within the site after asking (redirected()); one it did not
        // follow leads elsewhere, or nowhere.
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        finish(FetchError::Redirect, redirectMessage(reply->url(), target));
        return;
    }
    if (looksLikeBotCheck(m_body, contentType, m_expect)) {
        finish(FetchError::BotCheck,
            tr("%1 answered with a check for web browsers instead of the page; open %2 in a "
               "browser, save the page, and open the file.")
                .arg(host, m_url.toDisplayString()));
        return;
    }
    if (status >= 300 || reply->error() != QNetworkReply::NoError) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        finish(FetchError::Http,
            tr("%1 answered HTTP %2%3 for %4.")
                .arg(host)
                .arg(status)
                .arg(reason.isEmpty() ? QString() : u' ' + reason)
                .arg(m_url.toDisplayString()));
        return;
    }

    FetchedPage page;
    page.url = m_url;
    page.body = std::move(m_body);
    page.contentType = contentType;
    page.fetched = QDateTime::currentDateTimeUtc();
    Done done = std::move(m_done);
    m_done = nullptr;
    m_reply = nullptr;
    m_timer->stop();
    m_body.clear();
    reply->deleteLater();
    if (done)
        done(page, FetchError::None, {});
}

void WebClient::finish(FetchError error, const QString &message)
{
    m_timer->stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_body.clear();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done({}, error, message);
}

} // namespace re
