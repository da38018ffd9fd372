// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/OnlineTestSite.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "online/ProcedureFetch.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    bool done = false;
    std::optional<Document> document;
    QString error;
};

void record(ProcedureFetch &fetch, Result *result)
{
    QObject::connect(&fetch, &ProcedureFetch::finished, &fetch,
        [result](const std::optional<Document> &document, const QString &error) {
            result->done = true;
            result->document = document;
            result->error = error;
        });
}

OnlineSources::ProcedureInput reference(const QString &text)
{
    return { text, {} };
}

} // namespace

class TestProcedureFetch : public QObject
{
    Q_OBJECT

    LocalSite *m_site = nullptr;
    std::unique_ptr<QTemporaryDir> m_cacheDir;

    FetchCache cache() const { return FetchCache(m_cacheDir->path()); }

    Result run(const OnlineSources::ProcedureInput &input,
        OnlineFetch::CachePolicy policy = OnlineFetch::CachePolicy::Refresh)
    {
        ProcedureFetch fetch;
        fetch.setCache(cache());
        Result result;
        record(fetch, &result);
        fetch.start(input, policy);
        if (!QTest::qWaitFor([&result] { return result.done; }, 20'000))
            qWarning("the fetch did not end");
        return result;
    }

    static Document recordedSummary()
    {
        QString error;
        std::optional<Document> document = loadDocumentFile(
            QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html"), &error);
        if (!document)
            qFatal("%s", qPrintable(error));
        return *document;
    }

    /// The document without what fetching adds, to compare with the file's.
    static Document asIfOpenedFromTheFile(Document document, const Document &file)
    {
        document.procedure.committee.clear();
        document.procedure.rapporteurs.clear();
        document.procedure.events.clear();
        document.procedure.sourceUrl.clear();
        document.procedure.fetched = {};
        document.sourceName = file.sourceName;
        return document;
    }

private Q_SLOTS:
    void init()
    {
        m_site = new LocalSite(this);
        QVERIFY(m_site->listen());
        test::serveRecordedPages(*m_site);
        test::pointAt(*m_site);
        m_cacheDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cacheDir->isValid());
    }

    void cleanup()
    {
        delete m_site;
        m_site = nullptr;
        m_cacheDir.reset();
    }

    void opensTheDecisionSummaryOfAProcedure()
    {
        const Result result = run(reference(u"2021/2540(RSP)"_s));
        QVERIFY2(result.document, qPrintable(result.error));
        const Document &document = *result.document;
        // The procedure file, then the summary its decision row links.
        QCOMPARE(m_site->requests,
            QStringList({ u"/oeil/en/procedure-file?reference=2021/2540(RSP)"_s,
                u"/oeil/en/document-summary?id=1651118"_s }));
        // The same document as opening the recorded summary file...
        const Document file = recordedSummary();
        QVERIFY(asIfOpenedFromTheFile(document, file) == file);
        // ...with what the procedure file adds, and where it came from.
        QCOMPARE(document.procedure.events.size(), 3);
        QCOMPARE(document.procedure.events.at(1).event, u"Decision by Parliament"_s);
        QCOMPARE(document.procedure.events.at(1).reference, u"T9-0054/2021"_s);
        QCOMPARE(document.procedure.sourceUrl,
            m_site->base() + u"/oeil/en/document-summary?id=1651118"_s);
        QVERIFY(document.procedure.fetched.isValid());
        // Kept as a saved document for Open Recent.
        QString error;
        const std::optional<Document> kept
            = loadDocumentFile(cache().documentPath(u"2021/2540(RSP)"_s), &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->procedure.events, document.procedure.events);
    }

    void opensASummaryByItsAddress()
    {
        const Result result = run({ {}, u"1651118"_s });
        QVERIFY2(result.document, qPrintable(result.error));
        QCOMPARE(m_site->requests,
            QStringList({ u"/oeil/en/document-summary?id=1651118"_s,
                u"/oeil/en/procedure-file?reference=2021/2540(RSP)"_s }));
        QCOMPARE(result.document->procedure.events.size(), 3);
    }

    void addsCommitteeAndRapporteurs()
    {
        Document document = recordedSummary();
        ProcedureFile file;
        file.reference = u"2021/2540(RSP)"_s;
        file.title = u"Another title"_s;
        file.committee = u"AFET Foreign Affairs"_s;
        file.rapporteurs = { { u"SYNTHETIC Name"_s, u"EPP"_s } };
        addProcedureFile(document, file);
        QCOMPARE(document.procedure.committee, file.committee);
        QCOMPARE(document.procedure.rapporteurs, file.rapporteurs);
        // What the summary says stays.
        QCOMPARE(document.procedure.title, u"Resolution on the situation in Myanmar"_s);
    }

    void offersTheLatestSummaryWhenTheDecisionHasNone()
    {
        ProcedureFetch fetch;
        fetch.setCache(cache());
        Result result;
        record(fetch, &result);
        QSignalSpy offered(&fetch, &ProcedureFetch::noDecisionSummary);
        fetch.start(reference(u"2020/2042(INI)"_s), OnlineFetch::CachePolicy::Refresh);
        QVERIFY(offered.wait(20'000));
        QVERIFY(!result.done);
        QVERIFY(fetch.isRunning());
        const QString message = offered.at(0).at(0).toString();
        const KeyEvent latest = offered.at(0).at(1).value<KeyEvent>();
        QVERIFY(message.contains(u"no summary"_s));
        QCOMPARE(latest.summaryId, u"1657301"_s);
        QCOMPARE(latest.event, u"Committee report tabled for plenary"_s);
        // Taking the offer fetches that summary: not recorded, so the site has no page.
        fetch.openSummary(latest.summaryId);
        QVERIFY(QTest::qWaitFor([&result] { return result.done; }, 20'000));
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(u"404"_s), qPrintable(result.error));
        QCOMPARE(m_site->requests.last(), u"/oeil/en/document-summary?id=1657301"_s);
    }

    void aMissingSummaryIsOneSentence()
    {
        const Result result = run(reference(u"2022/2201(INI)"_s));
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(u"404"_s), qPrintable(result.error));
        QVERIFY(!result.error.contains(u'\n'));
    }

    void anUnknownProcedureIsOneSentence()
    {
        const Result result = run(reference(u"1999/0001(INI)"_s));
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(u"404"_s), qPrintable(result.error));
    }

    void aBotCheckIsNamed()
    {
        QFile page(QStringLiteral(RE_TEST_DATA "/online/synthetic-bot-check.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        LocalSite::Answer answer;
        answer.status = 202;
        answer.body = page.readAll();
        m_site->route(u"/oeil/en/procedure-file?reference=2021/2540(RSP)"_s, answer);
        const Result result = run(reference(u"2021/2540(RSP)"_s));
        QVERIFY(!result.document);
        QVERIFY2(result.error.contains(u"browser"_s), qPrintable(result.error));
    }

    void opensAgainOfflineFromTheCache()
    {
        QVERIFY(run(reference(u"2021/2540(RSP)"_s)).document);
        const QString base = m_site->base();
        delete m_site; // offline: nothing listens any more
        m_site = nullptr;
        const Result again
            = run(reference(u"2021/2540(RSP)"_s), OnlineFetch::CachePolicy::PreferCache);
        QVERIFY2(again.document, qPrintable(again.error));
        QCOMPARE(again.document->procedure.events.size(), 3);
        // Refreshing needs the site.
        const Result refreshed = run(reference(u"2021/2540(RSP)"_s));
        QVERIFY(!refreshed.document);
        QVERIFY2(refreshed.error.contains(u"refused"_s), qPrintable(refreshed.error));
        m_site = new LocalSite(this);
    }

    void cancelMidWay()
    {
        LocalSite::Answer silent;
        silent.mode = LocalSite::Answer::Mode::Silent;
        m_site->route(u"/oeil/en/document-summary?id=1651118"_s, silent);
        ProcedureFetch fetch;
        fetch.setCache(cache());
        Result result;
        record(fetch, &result);
        fetch.start(reference(u"2021/2540(RSP)"_s), OnlineFetch::CachePolicy::Refresh);
        QVERIFY(QTest::qWaitFor([this] { return m_site->requests.size() == 2; }, 20'000));
        fetch.cancel();
        QVERIFY(result.done);
        QVERIFY(!result.document);
        QVERIFY(result.error.isEmpty());
        QVERIFY(!fetch.isRunning());
    }

    void aSecondRequestReplacesTheFirst()
    {
        ProcedureFetch fetch;
        fetch.setCache(cache());
        QList<Result> results;
        connect(&fetch, &ProcedureFetch::finished, this,
            [&results](const std::optional<Document> &document, const QString &error) {
                results.append({ true, document, error });
            });
        fetch.start(reference(u"2022/2201(INI)"_s), OnlineFetch::CachePolicy::Refresh);
        fetch.start(reference(u"2021/2540(RSP)"_s), OnlineFetch::CachePolicy::Refresh);
        QVERIFY(QTest::qWaitFor([&results] { return results.size() == 2; }, 20'000));
        QTest::qWait(200);
        QCOMPARE(results.size(), 2);
        QVERIFY(!results.at(0).document); // the first, cancelled
        QVERIFY(results.at(0).error.isEmpty());
        QVERIFY2(results.at(1).document, qPrintable(results.at(1).error));
        QCOMPARE(results.at(1).document->procedure.reference, u"2021/2540(RSP)"_s);
    }
};

QTEST_GUILESS_MAIN(TestProcedureFetch)
#include "tst_procedurefetch.moc"
