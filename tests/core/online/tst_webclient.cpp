// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/LocalSite.h"
#include "online/FetchCache.h"
#include "online/OnlineSources.h"
#include "online/WebClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

/// How one fetch ended.
struct Ending
{
    bool done = false;
    FetchError error = FetchError::None;
    QString message;
    FetchedPage page;
};

WebClient::Done recordInto(Ending *ending)
{
    return [ending](const FetchedPage &page, FetchError error, const QString &message) {
        QVERIFY(!ending->done); // once only
        ending->done = true;
        ending->error = error;
        ending->message = message;
        ending->page = page;
    };
}

/// One sentence: one line, ends with a stop, names something.
bool isOneSentence(const QString &message)
{
    return !message.isEmpty() && !message.contains(u'\n') && message.endsWith(u'.');
}

} // namespace

class TestWebClient : public QObject
{
    Q_OBJECT

    LocalSite *m_site = nullptr;

    QUrl url(const QString &target) const { return QUrl(m_site->base() + target); }

    Ending fetch(WebClient &client, const QString &target,
        WebClient::Expect expect = WebClient::Expect::Html)
    {
        Ending ending;
        client.get(url(target), expect, recordInto(&ending));
        if (!QTest::qWaitFor([&ending] { return ending.done; }, 20'000))
            qWarning("the fetch of %s did not end", qPrintable(target));
        return ending;
    }

private Q_SLOTS:
    void init()
    {
        m_site = new LocalSite(this);
        QVERIFY(m_site->listen());
    }

    void cleanup()
    {
        delete m_site;
        m_site = nullptr;
    }

    void fetchesAPageWithTheProgramsUserAgent()
    {
        LocalSite::Answer answer;
        answer.body = "<html><body><p>A page.</p></body></html>";
        m_site->route(u"/page?x=1"_s, answer);
        WebClient client;
        const Ending ending = fetch(client, u"/page?x=1"_s);
        QCOMPARE(ending.error, FetchError::None);
        QCOMPARE(ending.page.body, answer.body);
        QVERIFY(ending.page.contentType.startsWith(u"text/html"_s));
        QVERIFY(ending.page.fetched.isValid());
        QCOMPARE(m_site->userAgents.value(0), WebClient::userAgent());
        QVERIFY(WebClient::userAgent().startsWith("ResolutionExplorer/" RE_VERSION));
    }

    void notFoundIsOneSentence()
    {
        WebClient client;
        const Ending ending = fetch(client, u"/missing"_s);
        QCOMPARE(ending.error, FetchError::NotFound);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        QVERIFY(ending.message.contains(u"404"_s));
        QVERIFY(ending.page.body.isEmpty());
    }

    void silenceIsATimeout()
    {
        LocalSite::Answer answer;
        answer.mode = LocalSite::Answer::Mode::Silent;
        m_site->route(u"/silent"_s, answer);
        WebClient client;
        client.setTimeout(std::chrono::milliseconds(300));
        const Ending ending = fetch(client, u"/silent"_s);
        QCOMPARE(ending.error, FetchError::Timeout);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        QVERIFY(ending.message.contains(u"127.0.0.1"_s));
    }

    void refusedConnection()
    {
        // A port nobody listens on: the site's own, once closed.
        const QString base = m_site->base();
        cleanup();
        WebClient client;
        Ending ending;
        client.get(QUrl(base + u"/page"_s), WebClient::Expect::Html, recordInto(&ending));
        QVERIFY(QTest::qWaitFor([&ending] { return ending.done; }, 20'000));
        QCOMPARE(ending.error, FetchError::Refused);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        init();
    }

    void unknownHostIsOffline()
    {
        WebClient client;
        Ending ending;
        // .invalid never resolves (RFC 2606); https so the address itself is allowed.
        client.get(
            QUrl(u"https://oeil.invalid/page"_s), WebClient::Expect::Html, recordInto(&ending));
        QVERIFY(QTest::qWaitFor([&ending] { return ending.done; }, 20'000));
        QCOMPARE(ending.error, FetchError::Offline);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
    }

    void botCheckPagesAreRecognised_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expect");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QFile page(QStringLiteral(RE_TEST_DATA "/online/synthetic-bot-check.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray check = page.readAll();
        QTest::newRow("challenge page, 202")
            << 202 << int(WebClient::Expect::Html) << QByteArray("text/html") << check;
        QTest::newRow("challenge page, 403")
            << 403 << int(WebClient::Expect::Html) << QByteArray("text/html") << check;
        QTest::newRow("HTML where JSON was expected")
            << 200 << int(WebClient::Expect::Json) << QByteArray("text/html")
            << QByteArray("<html><body>Hello</body></html>");
        QTest::newRow("HTML labelled as CSV")
            << 200 << int(WebClient::Expect::Csv) << QByteArray("text/csv")
            << QByteArray("<!DOCTYPE html><html></html>");
    }

    void botCheckPagesAreRecognised()
    {
        QFETCH(int, status);
        QFETCH(int, expect);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        LocalSite::Answer answer;
        answer.status = status;
        answer.contentType = contentType;
        answer.body = body;
        m_site->route(u"/guarded"_s, answer);
        WebClient client;
        const Ending ending = fetch(client, u"/guarded"_s, WebClient::Expect(expect));
        QCOMPARE(ending.error, FetchError::BotCheck);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        QVERIFY(ending.message.contains(u"browser"_s));
    }

    void realPagesAreNotBotChecks()
    {
        for (const char *name :
            { "oeil-document-summary_1651118.html", "oeil-procedure-file_2021-2540-rsp.html",
                "oeil-procedure-file_2020-2042-ini.html" }) {
            QFile file(QStringLiteral(RE_TEST_DATA "/import/real/") + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!WebClient::looksLikeBotCheck(
                         file.readAll(), u"text/html"_s, WebClient::Expect::Html),
                name);
        }
        QVERIFY(!WebClient::looksLikeBotCheck(
            "code,label\nEPP,x\n", u"text/csv"_s, WebClient::Expect::Csv));
    }

    void announcedOversizeIsRefusedAtOnce()
    {
        LocalSite::Answer answer;
        answer.mode = LocalSite::Answer::Mode::AnnounceTooMuch;
        answer.length = WebClient::DefaultMaxBody + 1;
        m_site->route(u"/huge"_s, answer);
        WebClient client;
        const Ending ending = fetch(client, u"/huge"_s);
        QCOMPARE(ending.error, FetchError::TooLarge);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        QVERIFY(ending.message.contains(u"64 MB"_s));
    }

    void unannouncedOversizeIsCutOff()
    {
        // A body without a length stops being read at the limit (lowered here to 1 MB).
        LocalSite::Answer answer;
        answer.mode = LocalSite::Answer::Mode::Stream;
        answer.length = 3 * 1024 * 1024;
        m_site->route(u"/stream"_s, answer);
        WebClient client;
        client.setMaxBody(1024 * 1024);
        const Ending ending = fetch(client, u"/stream"_s);
        QCOMPARE(ending.error, FetchError::TooLarge);
        QVERIFY(ending.page.body.isEmpty());
    }

    void redirectsStayOnTheSite()
    {
        LocalSite::Answer moved;
        moved.status = 302;
        moved.location = "/new-place";
        m_site->route(u"/old-place"_s, moved);
        LocalSite::Answer page;
        page.body = "<html><body>Here.</body></html>";
        m_site->route(u"/new-place"_s, page);
        LocalSite::Answer away;
        away.status = 302;
        away.location = "https://elsewhere.invalid/page";
        m_site->route(u"/away"_s, away);

        WebClient client;
        Ending ending = fetch(client, u"/old-place"_s);
        QCOMPARE(ending.error, FetchError::None);
        QCOMPARE(ending.page.body, page.body);

        ending = fetch(client, u"/away"_s);
        QCOMPARE(ending.error, FetchError::Redirect);
        QVERIFY2(isOneSentence(ending.message), qPrintable(ending.message));
        QVERIFY(ending.message.contains(u"elsewhere.invalid"_s));
    }

    void onlySecureOrLoopbackAddresses()
    {
        WebClient client;
        Ending ending;
        client.get(QUrl(u"http://oeil.europarl.europa.eu/"_s), WebClient::Expect::Html,
            recordInto(&ending));
        QVERIFY(!ending.done); // from the event loop, as every ending
        QVERIFY(QTest::qWaitFor([&ending] { return ending.done; }, 5'000));
        QCOMPARE(ending.error, FetchError::Insecure);
        QVERIFY(m_site->requests.isEmpty());
        QVERIFY(OnlineSources::isAllowedBase(QUrl(u"https://howtheyvote.eu"_s)));
        QVERIFY(OnlineSources::isAllowedBase(QUrl(u"http://127.0.0.1:8080"_s)));
        QVERIFY(OnlineSources::isAllowedBase(QUrl(u"http://[::1]:8080"_s)));
        QVERIFY(!OnlineSources::isAllowedBase(QUrl(u"http://192.168.1.2"_s)));
        QVERIFY(!OnlineSources::isAllowedBase(QUrl(u"ftp://127.0.0.1"_s)));
    }

    void cancelMidWay()
    {
        LocalSite::Answer answer;
        answer.mode = LocalSite::Answer::Mode::Silent;
        m_site->route(u"/slow"_s, answer);
        WebClient client;
        Ending ending;
        client.get(url(u"/slow"_s), WebClient::Expect::Html, recordInto(&ending));
        QVERIFY(QTest::qWaitFor([this] { return !m_site->requests.isEmpty(); }, 5'000));
        QVERIFY(client.isBusy());
        client.cancel();
        QVERIFY(ending.done);
        QCOMPARE(ending.error, FetchError::Cancelled);
        QVERIFY(ending.message.isEmpty());
        QVERIFY(!client.isBusy());
    }

    void aSecondRequestReplacesTheFirst()
    {
        LocalSite::Answer slow;
        slow.delayMs = 500;
        slow.body = "first";
        m_site->route(u"/first"_s, slow);
        LocalSite::Answer quick;
        quick.body = "second";
        m_site->route(u"/second"_s, quick);
        WebClient client;
        Ending first;
        Ending second;
        client.get(url(u"/first"_s), WebClient::Expect::Html, recordInto(&first));
        client.get(url(u"/second"_s), WebClient::Expect::Html, recordInto(&second));
        QVERIFY(first.done);
        QCOMPARE(first.error, FetchError::Cancelled);
        QVERIFY(QTest::qWaitFor([&second] { return second.done; }, 5'000));
        QCOMPARE(second.error, FetchError::None);
        QCOMPARE(second.page.body, QByteArray("second"));
        QTest::qWait(700); // the first answer arrives and is not delivered
        QCOMPARE(first.error, FetchError::Cancelled);
    }

    void progressIsReported()
    {
        LocalSite::Answer answer;
        answer.body = QByteArray(200 * 1024, 'a');
        m_site->route(u"/body"_s, answer);
        WebClient client;
        QSignalSpy progress(&client, &WebClient::progress);
        const Ending ending = fetch(client, u"/body"_s);
        QCOMPARE(ending.error, FetchError::None);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), answer.body.size());
    }

    void theCacheKeepsAddressAndDate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FetchCache cache(dir.path());
        FetchedPage page;
        page.url = QUrl(
            u"https://oeil.europarl.europa.eu/oeil/en/procedure-file?reference=2021/2540(RSP)"_s);
        page.body = "<html>procedure</html>";
        page.contentType = u"text/html"_s;
        page.fetched = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QString error;
        QVERIFY2(cache.store(page, &error), qPrintable(error));
        const std::optional<FetchedPage> found = cache.find(page.url);
        QVERIFY(found);
        QVERIFY(found->fromCache);
        QCOMPARE(found->body, page.body);
        QCOMPARE(found->fetched, page.fetched);
        QCOMPARE(found->contentType, page.contentType);
        QVERIFY(!cache.find(QUrl(u"https://oeil.europarl.europa.eu/other"_s)));
        QCOMPARE(
            QFileInfo(cache.documentPath(u"2021/2540(RSP)"_s)).fileName(), u"2021-2540-RSP.json"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebClient)
#include "tst_webclient.moc"
