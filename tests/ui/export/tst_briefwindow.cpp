// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Brief and File > Print in the real window, the dialogs' answers queued.
#include "PdfText.h"
#include "model/SelectionState.h"
#include "ui/window/WindowTestUtils.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

class TestBriefWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_briefwindow"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void actionsInTheFileMenu()
    {
        QAction *brief = m_fx.find<QAction>("actionExportBrief");
        QAction *print = m_fx.find<QAction>("actionPrint");
        QVERIFY(brief);
        QVERIFY(print);
        QVERIFY(brief->isEnabled());
        QVERIFY(print->isEnabled());
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        const QList<QAction *> file = m_fx.find<QMenu>("menuFile")->actions();
        QVERIFY(file.contains(brief));
        QVERIFY(file.contains(print));
        QVERIFY(file.indexOf(brief) > file.indexOf(m_fx.find<QAction>("actionExportChart")));
    }

    /// The brief holds the rows the table shows: with Norway chosen, its one statement.
    void exportBriefOfTheShownRows()
    {
        QTemporaryDir dir;
        m_fx.model->selection()->setEntityFilter({ u"NOR"_s });
        const QStringList shown = m_fx.expectedActions(m_fx.model->selection()->filter());
        QCOMPARE(m_fx.table()->rowCount(), shown.size());
        QVERIFY(!shown.isEmpty());

        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        const QString path = dir.filePath(u"norway"_s); // the filter's suffix is added
        m_fx.window->dialogs()->answerNextFileQuestion({ path });
        m_fx.find<QAction>("actionExportBrief")->trigger();
        QCOMPARE(errors.size(), 0);
        const QString pdf = path + u".pdf"_s;
        QVERIFY(QFile::exists(pdf));
        QVERIFY(isPdf(pdf));
        QVERIFY(m_fx.window->statusBar()->currentMessage().contains(u"norway.pdf"_s));

        QString problem;
        const QString text = pdfPages(pdfText(pdf, &problem)).join(u' ');
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(text.contains(u"Statements naming Norway"_s));
        const Document &document = m_fx.model->document();
        for (const Action &action : document.actions) {
            QCOMPARE(text.contains(firstWords(action.text, 6)), shown.contains(action.id));
        }
    }

    /// Cancelled: nothing is written and nothing said.
    void cancelledExportWritesNothing()
    {
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        m_fx.find<QAction>("actionExportBrief")->trigger();
        m_fx.find<QAction>("actionPrint")->trigger();
        QCOMPARE(errors.size(), 0);
    }

    /// Print goes through UserDialogs; a queued answer prints to a PDF file.
    void printToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"printed.pdf"_s);
        m_fx.window->dialogs()->answerNextFileQuestion({ path });
        m_fx.find<QAction>("actionPrint")->trigger();
        QVERIFY(isPdf(path));
        QString problem;
        const QStringList pages = pdfPages(pdfText(path, &problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(pages.size() > 1);
        QVERIFY(pages.first().contains(u"2025/2119(INI)"_s));
        QVERIFY(pages.first().contains(u"Page 1 of %1"_s.arg(pages.size())));
    }

    /// A brief that cannot be written is told in one sentence.
    void unwritableBrief()
    {
        QTemporaryDir dir;
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        const QString path = dir.filePath(u"no/such/folder/brief.pdf"_s);
        QVERIFY(!m_fx.window->fileCommands()->exportBriefPdf(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!QFile::exists(path));
    }

private:
    WindowFixture m_fx;
};

QTEST_MAIN(TestBriefWindow)
#include "tst_briefwindow.moc"
