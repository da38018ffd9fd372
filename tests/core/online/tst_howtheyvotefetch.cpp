// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/OnlineTestSite.h"
#include "import/DocumentLoader.h"
#include "online/HowTheyVoteFetch.h"
#include "vote/RollCallReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    bool done = false;
    std::optional<Vote> vote;
    QString error;
};

/// The bundled resolution's vote as it states it: totals only.
Vote bundledTotals()
{
    Vote vote = *bundledDocument().vote;
    vote.groups.clear();
    vote.countries.clear();
    return vote;
}

} // namespace

class TestHowTheyVoteFetch : public QObject
{
    Q_OBJECT

    LocalSite *m_site = nullptr;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<HowTheyVoteFetch> m_fetch;
    Result m_result;

    void start(const Vote &totals, const QString &voteId = {})
    {
        m_fetch->start(u"2025/2119(INI)"_s, totals, voteId, OnlineFetch::CachePolicy::Refresh);
    }

    bool waitForEnd() const
    {
        return QTest::qWaitFor([this] { return m_result.done; }, 20'000);
    }

    void serveSearch(const QString &file)
    {
        m_site->routeFile(u"/api/votes/search?q=2025/2119(INI)&page_size=100"_s,
            QStringLiteral(RE_TEST_DATA "/online/") + file, "application/json");
    }

private Q_SLOTS:
    void init()
    {
        m_site = new LocalSite(this);
        QVERIFY(m_site->listen());
        test::serveRecordedPages(*m_site);
        test::pointAt(*m_site);
        m_cacheDir = std::make_unique<QTemporaryDir>();
        m_fetch = std::make_unique<HowTheyVoteFetch>();
        m_fetch->setCache(FetchCache(m_cacheDir->path()));
        m_result = {};
        connect(m_fetch.get(), &HowTheyVoteFetch::finished, this,
            [this](const std::optional<Vote> &vote, const QString &error) {
                m_result = { true, vote, error };
            });
    }

    void cleanup()
    {
        m_fetch.reset();
        delete m_site;
        m_site = nullptr;
    }

    void readsTheSearchAnswer()
    {
        QFile file(
            QStringLiteral(RE_TEST_DATA "/online/synthetic-howtheyvote-search-2025-2119-INI.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto candidates = parseVoteSearch(file.readAll(), &error);
        QVERIFY2(candidates, qPrintable(error));
        QCOMPARE(candidates->size(), 2);
        QCOMPARE(candidates->at(1).id, u"900001"_s);
        QVERIFY(candidates->at(1).isMain);
        QVERIFY(!candidates->at(0).isMain);
        QCOMPARE(candidates->at(1).timestamp.date(), QDate(2026, 2, 11));
        QVERIFY(!parseVoteSearch("<html></html>", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!parseVoteSearch("{\"total\": 0}", &error));
    }

    void attachesTheFinalVote()
    {
        start(bundledTotals());
        QVERIFY(waitForEnd());
        QVERIFY2(m_result.vote, qPrintable(m_result.error));
        // The same as importing the CSV files by hand.
        QString error;
        const std::optional<Vote> byHand
            = readRollCallFiles({ QStringLiteral(RE_TEST_DATA "/vote/synthetic-groups.csv"),
                                    QStringLiteral(RE_TEST_DATA "/vote/synthetic-countries.csv"),
                                    QStringLiteral(RE_TEST_DATA "/vote/synthetic-members.csv") },
                bundledTotals(), &error);
        QVERIFY2(byHand, qPrintable(error));
        QCOMPARE(m_result.vote->groups, byHand->groups);
        QCOMPARE(m_result.vote->countries, byHand->countries);
        QCOMPARE(m_result.vote->sourceUrl, m_site->base() + u"/votes/900001"_s);
        QCOMPARE(
            m_result.vote->breakdownSource, u"HowTheyVote.eu, ODbL, vote 900001 (2026-02-11)"_s);
        QVERIFY(m_site->requests.contains(u"/api/votes/900001/members.csv"_s));
        QVERIFY(!m_site->requests.contains(u"/api/votes/900002/members.csv"_s));
    }

    void severalFinalVotesAreChosenByTheUser()
    {
        serveSearch(u"synthetic-howtheyvote-search-two-finals.json"_s);
        QSignalSpy several(m_fetch.get(), &HowTheyVoteFetch::severalVotes);
        start(bundledTotals());
        QVERIFY(several.wait(20'000));
        const auto candidates = several.at(0).at(0).value<QList<VoteCandidate>>();
        QCOMPARE(candidates.size(), 2);
        QVERIFY(!m_result.done);
        m_fetch->choose(u"900001"_s);
        QVERIFY(waitForEnd());
        QVERIFY2(m_result.vote, qPrintable(m_result.error));
        QVERIFY(!m_result.vote->groups.isEmpty());
    }

    void noFinalVoteIsOneSentence()
    {
        serveSearch(u"synthetic-howtheyvote-search-no-final.json"_s);
        start(bundledTotals());
        QVERIFY(waitForEnd());
        QVERIFY(!m_result.vote);
        QCOMPARE(m_result.error, u"HowTheyVote.eu has no final vote on 2025/2119(INI)."_s);
    }

    void totalsMustBeTheDocuments()
    {
        Vote other = bundledTotals();
        other.votesFor += 5;
        start(other);
        QVERIFY(waitForEnd());
        QVERIFY(!m_result.vote);
        QVERIFY2(m_result.error.contains(u"does not match"_s), qPrintable(m_result.error));
        QVERIFY(!m_result.error.contains(u'\n'));
    }

    void htmlWhereJsonWasExpectedIsABotCheck()
    {
        LocalSite::Answer answer;
        answer.body = "<!DOCTYPE html><html><body>Checking</body></html>";
        m_site->route(u"/api/votes/search?q=2025/2119(INI)&page_size=100"_s, answer);
        start(bundledTotals());
        QVERIFY(waitForEnd());
        QVERIFY(!m_result.vote);
        QVERIFY2(m_result.error.contains(u"browser"_s), qPrintable(m_result.error));
    }

    void cancelMidWay()
    {
        LocalSite::Answer silent;
        silent.mode = LocalSite::Answer::Mode::Silent;
        m_site->route(u"/api/votes/900001/members.csv"_s, silent);
        start(bundledTotals());
        QVERIFY(QTest::qWaitFor(
            [this] { return m_site->requests.contains(u"/api/votes/900001/members.csv"_s); },
            20'000));
        m_fetch->cancel();
        QVERIFY(m_result.done);
        QVERIFY(!m_result.vote);
        QVERIFY(m_result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHowTheyVoteFetch)
#include "tst_howtheyvotefetch.moc"
