// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's online commands, driven by objectName against the local site
// (tests/common/LocalSite.h): nothing leaves the machine.
#include "WindowTestUtils.h"
#include "common/OnlineTestSite.h"
#include "online/FetchCache.h"
#include "online/OnlineSources.h"
#include "session/DocumentSession.h"
#include "window/OnlineCommands.h"
#include "window/ReaderPane.h"
#include "window/RecentFilesMenu.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace re;
using namespace Qt::StringLiterals;

/// Stands in for the user's browser: records the addresses the window asks it to open.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestOnlineWindow : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;
    LocalSite *m_site = nullptr;
    QTemporaryDir m_cache;
    BrowserStandIn m_browser;

    QDialog *dialog() const { return m_fx.find<QDialog>("openProcedureDialog"); }
    QLabel *status() const { return dialog()->findChild<QLabel *>(u"procedureStatus"_s); }

    /// Opens the dialog from the menu and asks for `text`.
    void ask(const QString &text)
    {
        m_fx.find<QAction>("actionOpenProcedure")->trigger();
        QVERIFY(dialog());
        QVERIFY(dialog()->isVisible());
        dialog()->findChild<QLineEdit *>(u"procedureInput"_s)->setText(text);
        QTest::mouseClick(
            dialog()->findChild<QPushButton *>(u"procedureOpenButton"_s), Qt::LeftButton);
    }

    QString reference() const { return m_fx.model->document().procedure.reference; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
        m_fx.setUpOnce("tst_onlinewindow");
        QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "openUrl");
        QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void init()
    {
        QDir(m_cache.path()).removeRecursively();
        m_site = new LocalSite(this);
        QVERIFY(m_site->listen());
        test::serveRecordedPages(*m_site);
        test::pointAt(*m_site);
        m_fx.createWithEmptySettings();
    }

    void cleanup()
    {
        m_fx.destroy();
        delete m_site;
        m_site = nullptr;
    }

    void opensAProcedureByItsReference()
    {
        ask(u"2021/2540(RSP)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reference(), u"2021/2540(RSP)"_s, 20'000);
        QTRY_VERIFY(!dialog()->isVisible());
        const Document &document = m_fx.model->document();
        QCOMPARE(document.procedure.title, u"Resolution on the situation in Myanmar"_s);
        QCOMPARE(m_fx.model->session()->source().kind, DocumentSource::Kind::Online);
        // The reader links the reference to its procedure file.
        auto *reader = m_fx.find<ReaderPane>("reader");
        QVERIFY(reader);
        const QString procedureUrl
            = OnlineSources::procedureFileUrl(u"2021/2540(RSP)"_s).toString();
        QTRY_VERIFY(test::linkPosition(reader->document(), procedureUrl) >= 0);
        QVERIFY(reader->document()->toPlainText().contains(u"Key dates: "_s));
        Q_EMIT reader->anchorClicked(QUrl(procedureUrl));
        QCOMPARE(m_browser.opened.value(0), QUrl(procedureUrl));
        m_browser.opened.clear();
        QVERIFY(m_fx.find<QLabel>("statusDocument")->text().contains(u"Fetched"_s));
        // Open Recent lists its saved copy by title.
        RecentFilesMenu *recent = m_fx.window->fileCommands()->recentMenu();
        const QString kept = FetchCache().documentPath(u"2021/2540(RSP)"_s);
        QCOMPARE(recent->files().value(0), kept);
        QCOMPARE(recent->titleOf(kept), document.procedure.title);
        QCOMPARE(recent->referenceOf(kept), u"2021/2540(RSP)"_s);
        recent->popup({}); // built as it is shown
        QAction *first = recent->findChild<QAction *>(u"actionRecentFile1"_s);
        QVERIFY(first);
        QVERIFY2(first->text().contains(
                     u"Resolution on the situation in Myanmar \u00b7 2021/2540(RSP)"_s),
            qPrintable(first->text()));
        recent->hide();
    }

    void showsProgressAndCancels()
    {
        LocalSite::Answer slow;
        slow.mode = LocalSite::Answer::Mode::Silent;
        m_site->route(u"/oeil/en/document-summary?id=1651118"_s, slow);
        ask(u"2021/2540(RSP)"_s);
        auto *progress = dialog()->findChild<QProgressBar *>(u"procedureProgress"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_site->requests.size(), 2, 20'000);
        QVERIFY(progress->isVisible());
        QVERIFY(status()->text().contains(u"summary"_s));
        QVERIFY(!dialog()->findChild<QPushButton *>(u"procedureOpenButton"_s)->isEnabled());
        // Cancel stops the fetch; the dialog stays, and so does the document.
        QTest::mouseClick(dialog()
                              ->findChild<QDialogButtonBox *>(u"procedureButtons"_s)
                              ->button(QDialogButtonBox::Cancel),
            Qt::LeftButton);
        QVERIFY(dialog()->isVisible());
        QVERIFY(!progress->isVisible());
        QCOMPARE(status()->text(), u"Cancelled."_s);
        QCOMPARE(reference(), u"2025/2119(INI)"_s);
        QVERIFY(dialog()->findChild<QPushButton *>(u"procedureOpenButton"_s)->isEnabled());
    }

    void aFailureIsOneSentenceAndKeepsTheDocument()
    {
        ask(u"2022/2201(INI)"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(u"404"_s), 20'000);
        QVERIFY(dialog()->isVisible());
        QCOMPARE(reference(), u"2025/2119(INI)"_s);
        // Something that is no reference is refused before anything is fetched.
        m_site->requests.clear();
        dialog()->findChild<QLineEdit *>(u"procedureInput"_s)->setText(u"nonsense"_s);
        QTest::mouseClick(
            dialog()->findChild<QPushButton *>(u"procedureOpenButton"_s), Qt::LeftButton);
        QVERIFY(status()->text().contains(u"2025/2119(INI)"_s));
        QVERIFY(m_site->requests.isEmpty());
    }

    void offersTheLatestSummary()
    {
        ask(u"2020/2042(INI)"_s);
        auto *latest = dialog()->findChild<QPushButton *>(u"procedureOpenLatestButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(latest->isVisible(), 20'000);
        QVERIFY(status()->text().contains(u"no summary"_s));
        QTest::mouseClick(latest, Qt::LeftButton);
        // The latest summary, 1657301, is not recorded: the site has no page.
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(u"404"_s), 20'000);
        QCOMPARE(m_site->requests.last(), u"/oeil/en/document-summary?id=1657301"_s);
        QCOMPARE(reference(), u"2025/2119(INI)"_s);
    }

    void reopensOfflineAndRefreshes()
    {
        ask(u"2021/2540(RSP)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reference(), u"2021/2540(RSP)"_s, 20'000);
        m_fx.find<QAction>("actionOpenBundled")->trigger();
        QCOMPARE(reference(), u"2025/2119(INI)"_s);
        const QString base = m_site->base();
        delete m_site; // offline
        m_site = nullptr;
        // From Open Recent: the saved copy.
        RecentFilesMenu *recent = m_fx.window->fileCommands()->recentMenu();
        Q_EMIT recent->fileChosen(recent->files().value(0));
        QTRY_COMPARE_WITH_TIMEOUT(reference(), u"2021/2540(RSP)"_s, 20'000);
        // From Open Procedure: the cache, without the site.
        m_fx.find<QAction>("actionOpenBundled")->trigger();
        ask(u"2021/2540(RSP)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reference(), u"2021/2540(RSP)"_s, 20'000);
        // Refresh from Source goes online, and says so when it cannot.
        QAction *refresh = m_fx.find<QAction>("actionRefreshFromSource");
        QVERIFY(refresh->isEnabled());
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status()->text().contains(u"refused"_s), 20'000);
        QCOMPARE(reference(), u"2021/2540(RSP)"_s);
        m_site = new LocalSite(this);
    }

    void getsTheRollCallFromHowTheyVote()
    {
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
        auto *button = m_fx.find<QPushButton>("howTheyVoteButton");
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.model->document().vote->groups.isEmpty(), 20'000);
        const Vote &vote = *m_fx.model->document().vote;
        QCOMPARE(vote.groups.size(), 9);
        QCOMPARE(vote.sourceUrl, OnlineSources::votePageUrl(u"900001"_s).toString());
        // The reader links the vote to its page.
        auto *reader = m_fx.find<ReaderPane>("reader");
        QTRY_VERIFY(test::linkPosition(reader->document(), vote.sourceUrl) >= 0);
        // Removed as any roll-call data.
        m_fx.find<QAction>("actionRemoveRollCall")->trigger();
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
        QVERIFY(m_fx.model->document().vote->sourceUrl.isEmpty());
    }

    void severalFinalVotesAreChosen()
    {
        m_site->routeFile(u"/api/votes/search?q=2025/2119(INI)&page_size=100"_s,
            QStringLiteral(RE_TEST_DATA "/online/synthetic-howtheyvote-search-two-finals.json"),
            "application/json");
        m_fx.window->dialogs()->answerNextFileQuestion({ u"1"_s }); // the second: 900001
        m_fx.find<QAction>("actionGetRollCall")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.model->document().vote->groups.isEmpty(), 20'000);
        QVERIFY(m_site->requests.contains(u"/api/votes/900001/groups.csv"_s));
        QVERIFY(!m_site->requests.contains(u"/api/votes/900003/groups.csv"_s));
    }

    void noFinalVoteIsSaid()
    {
        m_site->routeFile(u"/api/votes/search?q=2025/2119(INI)&page_size=100"_s,
            QStringLiteral(RE_TEST_DATA "/online/synthetic-howtheyvote-search-no-final.json"),
            "application/json");
        QSignalSpy shown(m_fx.window->dialogs(), &UserDialogs::messageShown);
        m_fx.find<QAction>("actionGetRollCall")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 20'000);
        QVERIFY(shown.at(0).at(0).toString().contains(u"no final vote"_s));
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
    }
};

QTEST_MAIN(TestOnlineWindow)
#include "tst_onlinewindow.moc"
