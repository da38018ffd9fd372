// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowTestUtils.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

/// Every save and export says in the status bar where it wrote, through the File menu and the
/// map's context menu alike; a failed one says nothing there (its message box does).
class TestExportConfirm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_exportconfirm"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void statusBarNamesTheFile_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("file");
        QTest::newRow("map") << u"actionExportMap"_s << u"partners.svg"_s;
        QTest::newRow("map from its context menu") << u"exportMapAction"_s << u"map.png"_s;
        QTest::newRow("chart") << u"actionExportChart"_s << u"vote.png"_s;
        QTest::newRow("actions") << u"actionExportActions"_s << u"actions.csv"_s;
        QTest::newRow("save as") << u"actionSaveAs"_s << u"saved.rexp.json"_s;
    }

    void statusBarNamesTheFile()
    {
        QFETCH(QString, action);
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        auto *trigger = m_fx.find<QAction>(qPrintable(action));
        QVERIFY(trigger);
        QVERIFY(trigger->isEnabled());
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        m_fx.window->dialogs()->answerNextFileQuestion({ path });
        trigger->trigger();
        QVERIFY(QFile::exists(path));
        QCOMPARE(errors.size(), 0);
        const QString shown = m_fx.find<QStatusBar>("statusBar")->currentMessage();
        QVERIFY2(shown.contains(QDir::toNativeSeparators(path)), qPrintable(shown));
    }

    void aFailedExportConfirmsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/map.png"_s);
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        m_fx.window->dialogs()->answerNextFileQuestion({ path });
        m_fx.find<QAction>("actionExportMap")->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!m_fx.find<QStatusBar>("statusBar")->currentMessage().contains(u"map.png"_s));
    }

private:
    WindowFixture m_fx;
};

QTEST_MAIN(TestExportConfirm)
#include "tst_exportconfirm.moc"
