// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "session/DocumentSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

/// The session's operations, without any widget: open (now and on a worker, cancelled, the
/// newest winning), save, export, roll-call data attached and taken away, the filter's result.
class TestDocumentSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_short = QStringLiteral(RE_TEST_DATA "/import/synthetic-summary.md");

    /// The bundled text with its body repeated: seconds to import, not milliseconds.
    QString longSyntheticSummary(int copies)
    {
        const QString path = m_dir.filePath(u"long-synthetic-%1.md"_s.arg(copies));
        if (QFile::exists(path))
            return path;
        QFile source(QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md"));
        if (!source.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = source.readAll();
        const qsizetype body = text.indexOf("\n## ");
        QFile out(path);
        if (body < 0 || !out.open(QIODevice::WriteOnly))
            return {};
        out.write(text);
        for (int copy = 0; copy < copies; ++copy)
            out.write(text.mid(body));
        return path;
    }

    static QString titleOf(const QString &path)
    {
        QString error;
        const std::optional<Document> document = loadDocumentFile(path, &error);
        return document ? document->procedure.title : error;
    }

private Q_SLOTS:
    void openNowReplacesOrKeeps()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        QCOMPARE(session.source().kind, DocumentSource::Kind::Bundled);
        QSignalSpy about(&session, &DocumentSession::documentAboutToChange);
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        QString error;
        QVERIFY2(session.openNow(m_short, &error), qPrintable(error));
        QCOMPARE(session.source(), (DocumentSource { DocumentSource::Kind::File, m_short }));
        QCOMPARE(session.document().procedure.title, titleOf(m_short));
        QCOMPARE(about.size(), 1);
        QCOMPARE(changed.size(), 1);

        // A bad file: one sentence, and the document stays.
        const Document before = session.document();
        QVERIFY(!session.openNow(m_dir.filePath(u"missing.md"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(session.document(), before);
        QCOMPARE(changed.size(), 1);
    }

    void openOnWorker()
    {
        DocumentSession session;
        QSignalSpy started(&session, &DocumentSession::openStarted);
        QSignalSpy finished(&session, &DocumentSession::openFinished);
        session.open(m_short);
        QVERIFY(session.isOpening());
        QCOMPARE(session.openingPath(), m_short);
        QCOMPARE(started.size(), 1);
        QVERIFY(session.document().paragraphs.isEmpty()); // nothing applied before it is read
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), m_short);
        QVERIFY(finished.first().at(1).toBool());
        QVERIFY(!session.isOpening());
        QCOMPARE(session.document().procedure.title, titleOf(m_short));
    }

    void openOnWorkerRefusesBadFile()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        const QString bad = m_dir.filePath(u"binary.md"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02\x03binary", 10));
        file.close();
        QSignalSpy finished(&session, &DocumentSession::openFinished);
        session.open(bad);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QCOMPARE(session.document().procedure, bundledDocument().procedure);
    }

    void cancelDropsTheResult()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        QSignalSpy finished(&session, &DocumentSession::openFinished);
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        session.open(m_short);
        session.cancelOpen();
        QVERIFY(!session.isOpening());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().at(1).toBool());
        QVERIFY(finished.first().at(2).toString().isEmpty()); // cancelled, not refused
        // The worker's result comes back and is dropped.
        QTest::qWait(2000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(session.document().procedure, bundledDocument().procedure);
    }

    void newestOpenWins()
    {
        DocumentSession session;
        const QString longPath = longSyntheticSummary(60);
        QVERIFY(!longPath.isEmpty());
        QSignalSpy finished(&session, &DocumentSession::openFinished);
        QSignalSpy changed(&session, &DocumentSession::documentChanged);
        session.open(longPath);
        session.open(m_short); // started later, done sooner
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(0).at(0).toString(), longPath);
        QVERIFY(!finished.at(0).at(1).toBool());
        QCOMPARE(finished.at(1).at(0).toString(), m_short);
        QVERIFY(finished.at(1).at(1).toBool());
        // The long import still ends on the worker: it must not replace the newer document.
        QTest::qWait(100);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(session.document().procedure.title, titleOf(m_short));
    }

    void saveRoundTrip()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        const QString path = m_dir.filePath(u"saved.rexp.json"_s);
        QString error;
        QVERIFY2(session.save(path, &error), qPrintable(error));
        DocumentSession reopened;
        QVERIFY2(reopened.openNow(path, &error), qPrintable(error));
        Document expected = session.document();
        expected.sourceName = reopened.document().sourceName; // where it was read from
        QCOMPARE(reopened.document(), expected);

        // A failed save leaves nothing behind and says why.
        QVERIFY(!session.save(m_dir.filePath(u"no/such/folder/x.json"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportActionsWritesTheRowsGiven()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        const QString csv = m_dir.filePath(u"actions.csv"_s);
        QString error;
        QVERIFY2(session.exportActions(csv, { 2, 0 }, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QVERIFY(lines.at(1).startsWith(session.document().actions.at(2).id.toUtf8().append(',')));
        QVERIFY(lines.at(2).startsWith(session.document().actions.at(0).id.toUtf8().append(',')));
        QVERIFY(!session.exportActions(m_dir.filePath(u"actions.xls"_s), { 0 }, &error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"actions.xls"_s)));
    }

    void attachAndDetachRollCall()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        const Vote stated = *session.document().vote;
        QSignalSpy voteChanged(&session, &DocumentSession::voteChanged);
        QString error;
        QVERIFY2(session.attachRollCall({ QStringLiteral(RE_TEST_DATA "/vote") }, &error),
            qPrintable(error));
        QVERIFY(session.hasRollCall());
        QCOMPARE(session.document().vote->groups.size(), 9);
        QCOMPARE(session.document().vote->votesFor, stated.votesFor);
        QCOMPARE(voteChanged.size(), 1);

        // Files chosen one by one give the same breakdown as their folder.
        const Vote fromFolder = *session.document().vote;
        QVERIFY2(
            session.attachRollCall({ QStringLiteral(RE_TEST_DATA "/vote/synthetic-groups.csv"),
                                       QStringLiteral(RE_TEST_DATA "/vote/synthetic-countries.csv"),
                                       QStringLiteral(RE_TEST_DATA "/vote/synthetic-members.csv") },
                &error),
            qPrintable(error));
        QCOMPARE(session.document().vote->groups, fromFolder.groups);

        session.detachRollCall();
        QVERIFY(!session.hasRollCall());
        QCOMPARE(*session.document().vote, stated);

        // Data that disagrees with the document's totals changes nothing.
        QVERIFY(!session.attachRollCall(
            { QStringLiteral(RE_TEST_DATA "/vote/bad/synthetic-groups-mismatch.csv") }, &error));
        QVERIFY(error.contains(u"440"_s));
        QCOMPARE(*session.document().vote, stated);

        // No vote: nothing to attach to.
        Document noVote = bundledDocument();
        noVote.vote.reset();
        session.setDocument(noVote);
        QVERIFY(!session.attachRollCall({ QStringLiteral(RE_TEST_DATA "/vote") }, &error));
        QVERIFY(!error.isEmpty());
    }

    /// On a worker: the result lands as rollCallFinished(); a new document drops a read that is
    /// still running (its data was read for the old one).
    void attachRollCallInBackground()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        QSignalSpy finished(&session, &DocumentSession::rollCallFinished);
        const QString export_ = QStringLiteral(RE_TEST_DATA "/vote/synthetic-export");
        session.attachRollCallInBackground({ export_ });
        QVERIFY(session.isAttachingRollCall());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!session.isAttachingRollCall());
        QCOMPARE(session.document().vote->groups.size(), 9);

        session.detachRollCall();
        session.attachRollCallInBackground({ export_ });
        session.setDocument(bundledDocument());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().at(0).toBool(), false);
        QTest::qWait(300);
        QCOMPARE(finished.size(), 2);
        QVERIFY(session.document().vote->groups.isEmpty());

        // A refusal comes as a sentence.
        session.attachRollCallInBackground({ export_ }, u"1"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QVERIFY(finished.last().at(1).toString().startsWith(u"the export holds no vote 1"_s));
    }

    void filterResultFollowsFilterAndDocument()
    {
        DocumentSession session;
        session.setDocument(bundledDocument());
        QVERIFY(session.filterIndex());
        QVERIFY(!session.acceptedActions());
        QSignalSpy accepted(&session, &DocumentSession::acceptedActionsChanged);
        ActionFilter filter;
        filter.entities = { QStringLiteral("NOR") };
        session.setFilter(filter);
        QCOMPARE(accepted.size(), 1);
        QVERIFY(session.acceptedActions());
        QCOMPARE(session.acceptedActions()->count(),
            int(filter.acceptedActions(session.document()).size()));
        QVERIFY(session.acceptedActions()->count() > 0);
        session.setFilter(filter);
        QCOMPARE(accepted.size(), 1);

        // A new document comes with no filter and no result.
        session.setDocument(bundledDocument());
        QCOMPARE(session.filter(), ActionFilter());
        QVERIFY(!session.acceptedActions());
        QCOMPARE(session.actionCounts().value(QStringLiteral("NOR")),
            session.document().actionCount(QStringLiteral("NOR")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentSession)
#include "tst_documentsession.moc"
