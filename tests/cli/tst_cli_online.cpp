// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The command line going online: --procedure, --roll-call howtheyvote and --refresh, run as the
// real executable against the tests' local site (tests/data/online/README.md), with a cache
// folder of their own. Nothing leaves the machine.

#include "common/OnlineTestSite.h"
#include "common/RunProgram.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &relative)
{
    return QStringLiteral(RE_TEST_DATA "/") + relative;
}

/// The one line a failure prints.
void verifyOneLine(const Run &r, int status, const QByteArray &mention)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
    QVERIFY2(r.err.endsWith('\n'), r.err.constData());
    QVERIFY2(!r.err.chopped(1).contains('\n'), r.err.constData());
    QVERIFY2(r.err.startsWith("resolution-explorer: "), r.err.constData());
    QVERIFY2(r.err.contains(mention), r.err.constData());
}

/// A dumped document without what fetching adds to it (what the procedure file says, where and
/// when it was fetched) and without its source, which names the file or the address.
QJsonObject withoutWhatFetchingAdds(QJsonObject root)
{
    QJsonObject procedure = root.value(u"procedure").toObject();
    for (const QString &key :
        { u"committee"_s, u"rapporteurs"_s, u"events"_s, u"source_url"_s, u"fetched"_s })
        procedure.remove(key);
    root.insert(u"procedure"_s, procedure);
    root.remove(u"source"_s);
    return root;
}

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestCliOnline : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalSite> m_site;
    std::unique_ptr<QTemporaryDir> m_cache;
    QString m_base; ///< the site's address, kept when it stops

    /// Runs the program pointed at the site, with the test's cache folder.
    Run runOnline(const QStringList &arguments, const QString &workingDirectory = {}) const
    {
        return runWhileServing(arguments,
            { u"RE_OEIL_BASE_URL="_s + m_base, u"RE_HOWTHEYVOTE_BASE_URL="_s + m_base,
                u"XDG_CACHE_HOME="_s + m_cache->path() },
            workingDirectory);
    }

    /// Offline: nothing listens at the site's address any more.
    void stopSite() { m_site.reset(); }

    void serveSearch(const QString &file)
    {
        m_site->routeFile(u"/api/votes/search?q=2025/2119(INI)&page_size=100"_s,
            data(u"online/"_s + file), "application/json");
    }

private Q_SLOTS:
    void init()
    {
        m_site = std::make_unique<LocalSite>();
        QVERIFY(m_site->listen());
        serveRecordedPages(*m_site);
        m_base = m_site->base();
        m_cache = std::make_unique<QTemporaryDir>();
        QVERIFY(m_cache->isValid());
    }

    void cleanup()
    {
        m_site.reset();
        m_cache.reset();
    }

    void helpListsTheOnlineOptions()
    {
        const Run r = run({ u"--lang"_s, u"en"_s, u"--help"_s });
        QCOMPARE(r.status, 0);
        for (const char *text : { "--procedure <REF>", "--refresh", "\"howtheyvote\"" })
            QVERIFY2(r.out.contains(text), text);
    }

    /// A procedure's decision summary is the same document as the recorded summary file, with
    /// what the procedure file adds; it opens again offline from the cache, unless --refresh.
    void procedureIsItsDecisionSummary()
    {
        const Run fetched = runOnline({ u"--procedure"_s, u"2021/2540(RSP)"_s, u"--dump-model"_s });
        QCOMPARE(fetched.status, 0);
        QVERIFY2(fetched.err.isEmpty(), fetched.err.constData()); // no progress: not a terminal
        QCOMPARE(m_site->requests,
            QStringList({ u"/oeil/en/procedure-file?reference=2021/2540(RSP)"_s,
                u"/oeil/en/document-summary?id=1651118"_s }));
        const QJsonObject root = parsed(fetched.out);
        const QJsonObject procedure = root.value(u"procedure").toObject();
        QCOMPARE(procedure.value(u"events").toArray().size(), 3);
        QCOMPARE(procedure.value(u"source_url").toString(),
            m_base + u"/oeil/en/document-summary?id=1651118"_s);

        const Run file
            = run({ data(u"import/real/oeil-document-summary_1651118.html"_s), u"--dump-model"_s });
        QCOMPARE(file.status, 0);
        QCOMPARE(withoutWhatFetchingAdds(root), withoutWhatFetchingAdds(parsed(file.out)));

        // Offline, from the cache: the same document.
        stopSite();
        const Run offline = runOnline({ u"--procedure"_s, u"2021/2540(RSP)"_s, u"--dump-model"_s });
        QCOMPARE(offline.status, 0);
        QVERIFY2(offline.err.isEmpty(), offline.err.constData());
        QCOMPARE(parsed(offline.out), root);

        // --refresh needs the site: one line naming the procedure.
        const Run refreshed = runOnline(
            { u"--procedure"_s, u"2021/2540(RSP)"_s, u"--refresh"_s, u"--dump-model"_s });
        verifyOneLine(refreshed, 2, "resolution-explorer: 2021/2540(RSP): ");
    }

    /// Every job takes the fetched document: here an image export, which runs on a
    /// QApplication rather than a QCoreApplication.
    void procedureFeedsEveryJob()
    {
        QTemporaryDir out;
        const QString chart = out.filePath(u"totals.png"_s);
        const QString actions = out.filePath(u"actions.csv"_s);
        const Run r = runOnline({ u"--procedure"_s, u"2021/2540(RSP)"_s, u"--export-chart"_s, chart,
            u"--export-actions"_s, actions });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(QFileInfo(chart).size() > 0);
        QVERIFY(QFileInfo(actions).size() > 0);
        // A summary's address works as well as the reference.
        stopSite();
        const Run byAddress = runOnline({ u"--procedure"_s,
            m_base + u"/oeil/en/document-summary?id=1651118"_s, u"--list-entities"_s });
        QCOMPARE(byAddress.status, 0);
        QVERIFY2(byAddress.err.isEmpty(), byAddress.err.constData());
        QVERIFY(!byAddress.out.isEmpty());
    }

    void aMissingSummaryIsOneLine()
    {
        const Run r = runOnline({ u"--procedure"_s, u"2022/2201(INI)"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "resolution-explorer: 2022/2201(INI): ");
        QVERIFY2(r.err.contains("404"), r.err.constData());
    }

    /// No summary of Parliament's decision: the command line does not guess, it says how to open
    /// the latest summary; that advice works (the summary itself is not recorded: 404).
    void noDecisionSummarySaysWhatToDo()
    {
        const Run r = runOnline({ u"--procedure"_s, u"2020/2042(INI)"_s, u"--dump-model"_s });
        const QByteArray address = (m_base + u"/oeil/en/document-summary?id=1657301"_s).toUtf8();
        verifyOneLine(r, 2, "resolution-explorer: 2020/2042(INI): ");
        QVERIFY2(r.err.contains("has no summary yet"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray(
                     QByteArray("use --procedure with the summary's address: ") + address)),
            r.err.constData());
        const Run advised
            = runOnline({ u"--procedure"_s, QString::fromUtf8(address), u"--dump-model"_s });
        verifyOneLine(advised, 2, "404");
        QCOMPARE(m_site->requests.last(), u"/oeil/en/document-summary?id=1657301"_s);
    }

    /// Usage errors (status 1), found before anything is fetched.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("FILE and --procedure")
            << QStringList { data(u"import/real/oeil-document-summary_1651118.html"_s),
                   u"--procedure"_s, u"2021/2540(RSP)"_s, u"--dump-model"_s }
            << u"Give FILE or --procedure, not both."_s;
        QTest::newRow("not a reference") << QStringList { u"--procedure"_s, u"nonsense"_s,
            u"--dump-model"_s } << u"--procedure: \"nonsense\" is not a procedure reference"_s;
        QTest::newRow("another site's address")
            << QStringList { u"--procedure"_s, u"https://example.org/?id=1"_s, u"--dump-model"_s }
            << u"is not a procedure reference"_s;
        QTest::newRow("--refresh alone") << QStringList { u"--refresh"_s,
            u"--dump-model"_s } << u"--refresh goes with --procedure or --roll-call howtheyvote."_s;
        QTest::newRow("--refresh with a roll-call file") << QStringList { u"--refresh"_s,
            u"--roll-call"_s, data(u"vote/synthetic-rcv.xml"_s), u"--dump-model"_s }
                                                         << u"--refresh goes with"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = runOnline(arguments);
        QCOMPARE(r.status, 1);
        QVERIFY(r.out.isEmpty());
        // The message, then where to find help, as every usage error.
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("resolution-explorer: "), r.err.constData());
        QVERIFY2(lines.at(0).contains(message.toUtf8()), r.err.constData());
        QVERIFY(m_site->requests.isEmpty());
    }

    /// The bundled resolution's final vote from HowTheyVote.eu: the synthetic roll call, as if
    /// its CSV files were imported; again offline from the cache.
    void rollCallFromHowTheyVote()
    {
        const Run r = runOnline({ u"--roll-call"_s, u"howtheyvote"_s, u"--dump-model"_s });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject vote = parsed(r.out).value(u"vote").toObject();
        QCOMPARE(vote.value(u"groups").toArray().size(), 9);
        QVERIFY2(vote.value(u"source_url").toString().endsWith(u"/votes/900001"_s),
            qPrintable(vote.value(u"source_url").toString()));
        QCOMPARE(vote.value(u"for").toInt(), 440); // the document's totals stay
        QVERIFY(m_site->requests.contains(u"/api/votes/900001/members.csv"_s));

        stopSite();
        const Run offline = runOnline({ u"--roll-call"_s, u"HowTheyVote"_s, u"--dump-model"_s });
        QCOMPARE(offline.status, 0);
        QVERIFY2(offline.err.isEmpty(), offline.err.constData());
        QCOMPARE(parsed(offline.out).value(u"vote").toObject(), vote);
        const Run refreshed
            = runOnline({ u"--roll-call"_s, u"howtheyvote"_s, u"--refresh"_s, u"--dump-model"_s });
        verifyOneLine(refreshed, 2, "resolution-explorer: howtheyvote: ");
    }

    /// Several final votes: the user chooses with --vote; without it, one line lists them.
    void severalFinalVotesAreChosenWithVote()
    {
        serveSearch(u"synthetic-howtheyvote-search-two-finals.json"_s);
        const Run r = runOnline({ u"--roll-call"_s, u"howtheyvote"_s, u"--dump-model"_s });
        verifyOneLine(r, 2,
            "resolution-explorer: howtheyvote: HowTheyVote.eu has several final votes on "
            "2025/2119(INI): 900003 (2026-01-20, Motion for resolution (referred back)); 900001 "
            "(2026-02-11, Motion for resolution); choose one with --vote.");
        const Run chosen = runOnline(
            { u"--roll-call"_s, u"howtheyvote"_s, u"--vote"_s, u"900001"_s, u"--dump-model"_s });
        QCOMPARE(chosen.status, 0);
        QVERIFY2(chosen.err.isEmpty(), chosen.err.constData());
        QCOMPARE(parsed(chosen.out).value(u"vote").toObject().value(u"groups").toArray().size(), 9);
    }

    void noFinalVoteIsOneLine()
    {
        serveSearch(u"synthetic-howtheyvote-search-no-final.json"_s);
        const Run r = runOnline({ u"--roll-call"_s, u"howtheyvote"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "HowTheyVote.eu has no final vote on 2025/2119(INI).");
    }

    void aVoteThatDoesNotMatchIsOneLine()
    {
        // The synthetic roll call does not add up to the Myanmar resolution's totals.
        m_site->routeFile(u"/api/votes/search?q=2021/2540(RSP)&page_size=100"_s,
            data(u"online/synthetic-howtheyvote-search-2025-2119-INI.json"_s), "application/json");
        const Run r = runOnline({ u"--procedure"_s, u"2021/2540(RSP)"_s, u"--roll-call"_s,
            u"howtheyvote"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "resolution-explorer: howtheyvote: HowTheyVote.eu's vote 900001");
        QVERIFY2(r.err.contains("does not match"), r.err.constData());
        // The fetched document's procedure was searched for.
        QVERIFY(m_site->requests.contains(u"/api/votes/search?q=2021/2540(RSP)&page_size=100"_s));
    }

    /// A file or folder named howtheyvote is reached as ./howtheyvote.
    void aFolderNamedHowTheyVote()
    {
        QTemporaryDir work;
        QVERIFY(QDir(work.path()).mkdir(u"howtheyvote"_s));
        for (const QString &kind : { u"groups"_s, u"countries"_s, u"members"_s }) {
            QVERIFY(QFile::copy(data(u"vote/synthetic-"_s + kind + u".csv"_s),
                work.filePath(u"howtheyvote/"_s + kind + u".csv"_s)));
        }
        const Run local
            = runOnline({ u"--roll-call"_s, u"./howtheyvote"_s, u"--dump-model"_s }, work.path());
        QCOMPARE(local.status, 0);
        QVERIFY2(local.err.isEmpty(), local.err.constData());
        QCOMPARE(parsed(local.out).value(u"vote").toObject().value(u"groups").toArray().size(), 9);
        QVERIFY(m_site->requests.isEmpty());
        // The bare name is HowTheyVote.eu, even there.
        const Run online
            = runOnline({ u"--roll-call"_s, u"howtheyvote"_s, u"--dump-model"_s }, work.path());
        QCOMPARE(online.status, 0);
        QVERIFY(!m_site->requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliOnline)
#include "tst_cli_online.moc"
