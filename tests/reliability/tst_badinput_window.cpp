// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input corpus in the window: a refused file shows one message (a message box when
// interactive) and keeps the current document; corrupt or older settings give the defaults.
#include "BadInputCorpus.h"
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "window/FileCommands.h"
#include "window/MainWindow.h"
#include "window/WindowLayout.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <sys/stat.h>

using namespace re;
using namespace Qt::StringLiterals;
using namespace re::test;

class TestBadInputWindow : public QObject
{
    Q_OBJECT

private:
    void createWindow()
    {
        m_model = std::make_unique<ResolutionModel>();
        m_model->setDocument(bundledDocument());
        m_window = std::make_unique<MainWindow>(m_model.get());
        m_window->setInteractive(false);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void destroyWindow()
    {
        m_window.reset();
        m_model.reset();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ResolutionModel> m_model;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("ResolutionExplorerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_badinput_window"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        createWindow();
    }

    void cleanup() { destroyWindow(); }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("knownGap");
        for (const CorpusFile &c : corpusFiles()) {
            QTest::newRow(c.tag) << corpusPath(c.file) << c.accepted
                                 << QString::fromUtf8(c.knownGap ? c.knownGap : "");
        }
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        QFETCH(QString, knownGap);
        const Document before = m_model->document();
        const QString title = m_window->windowTitle();
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        QSignalSpy changes(m_model.get(), &ResolutionModel::documentChanged);

        const bool opened = m_window->fileCommands()->openFile(file);
        if (!knownGap.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownGap), Abort);
        QCOMPARE(opened, accepted);
        if (accepted) {
            QCOMPARE(errors.size(), 0);
            QCOMPARE(changes.size(), 1);
            QCOMPARE(m_model->document().sourceName, QFileInfo(file).absoluteFilePath());
            return;
        }
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(QFileInfo(file).fileName()), qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        QCOMPARE(changes.size(), 0);
        QVERIFY(m_model->document() == before);
        QCOMPARE(m_window->windowTitle(), title);
    }

    void refusalShowsAMessageBox()
    {
        m_window->setInteractive(true);
        QString shownText;
        bool closed = false;
        // The box is modal: look for it from the event loop it runs, then close it.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&]() {
            auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("loadErrorBox"));
            if (!box || !box->isVisible())
                return;
            shownText = box->text();
            box->accept();
            closed = true;
        });
        poll.start();
        const Document before = m_model->document();
        QVERIFY(!m_window->fileCommands()->openFile(corpusPath("synthetic-png-renamed.md")));
        poll.stop();
        QVERIFY(closed);
        QVERIFY2(
            shownText.contains(QStringLiteral("synthetic-png-renamed.md")), qPrintable(shownText));
        QVERIFY(shownText.contains(QStringLiteral("binary data")));
        QVERIFY(m_model->document() == before);
    }

    void largeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gro\u00dfe Datei.md"));
        QVERIFY(makeSparseFile(path, 200LL * 1024 * 1024));
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        const Document before = m_model->document();
        QVERIFY(!m_window->fileCommands()->openFile(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("limit")));
        QVERIFY(m_model->document() == before);
    }

    /// A pipe is refused before it is opened (opening it would wait for a writer, and the
    /// window would stay black), in the background open as in the direct one.
    void pipeIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"synthetic-pipe.md"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        const Document before = m_model->document();
        QVERIFY(!m_window->fileCommands()->openFile(path));
        QSignalSpy finished(m_window->fileCommands(), &FileCommands::openingFinished);
        m_window->fileCommands()->openFileInBackground(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(errors.size(), 2);
        for (const QList<QVariant> &error : std::as_const(errors))
            QVERIFY(error.first().toString().contains(u"not a regular file"_s));
        QVERIFY(m_model->document() == before);
    }

    void corruptSettingsGiveDefaults_data()
    {
        QTest::addColumn<QByteArray>("fileBytes");
        QTest::addColumn<QByteArray>("layoutValue");
        QTest::addColumn<QString>("warning"); ///< the re.settings warning required
        WindowLayout layout;
        layout.filter.verb = QStringLiteral("stress");
        layout.filter.text = QStringLiteral("space");
        const QByteArray valid = layout.encode();
        QByteArray flipped = valid;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
        QTest::newRow("settings file is binary garbage")
            << QByteArray("\x00\xff\xfe[window]\x01layout=@ByteArray(\x02\x00\n\n\x7f", 30)
            << QByteArray() << u"Dropping 1 damaged or unknown entries"_s;
        QTest::newRow("settings file cut in the middle")
            << QByteArray("[window]\nlayout=\"@ByteArray(\\0\\0\\x1") << QByteArray()
            << u"Ignoring the saved window layout"_s;
        QTest::newRow("garbage keys and a recent-file list of another type")
            << QByteArray("[General]\nrecentFiles=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x1)\n"
                          "\\x1\\xff=1\n[\\x3garbage]\nkey=2\n")
            << QByteArray() << u"Dropping 3 damaged or unknown entries"_s;
        QTest::newRow("a library's stamp kept, one that is no string dropped")
            << QByteArray(
                   "[libraryChecks]\nkept=1234:5678\nbad=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x1)\n")
            << QByteArray() << u"Dropping 1 damaged or unknown entries"_s;
        QTest::newRow("layout of an older version")
            << QByteArray() << layout.encode(0) << u"Ignoring the saved window layout"_s;
        QTest::newRow("layout with a flipped bit")
            << QByteArray() << flipped << u"Ignoring the saved window layout"_s;
        QTest::newRow("layout is a string")
            << QByteArray() << QByteArray("not a layout") << u"Ignoring the saved window layout"_s;
    }

    void corruptSettingsGiveDefaults()
    {
        QFETCH(QByteArray, fileBytes);
        QFETCH(QByteArray, layoutValue);
        QFETCH(QString, warning);
        const QList<int> defaultSizes
            = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes();
        destroyWindow();
        if (!layoutValue.isEmpty())
            QSettings().setValue(QLatin1String(WindowLayout::SettingsKey), layoutValue);
        if (!fileBytes.isEmpty()) {
            const QString settingsFile = QSettings().fileName();
            QFile file(settingsFile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(fileBytes);
        }
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(QRegularExpression::escape(warning)
                + u".* (starts with its defaults|default layout is used)"_s));
        createWindow();
        QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(),
            defaultSizes);
        QVERIFY(!m_model->selection()->hasFilters());
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("voteDock"))->isHidden());
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("mapDock"))->isHidden());
        // Closing saves a fresh, valid layout over the damaged one, and nothing else.
        m_window->close();
        QVERIFY(WindowLayout::load(QSettings()).has_value());
        const bool stamped = fileBytes.startsWith("[libraryChecks]");
        QCOMPARE(QSettings().value(u"libraryChecks/kept"_s).toString(),
            stamped ? u"1234:5678"_s : QString());
        for (const QString &key : QSettings().allKeys()) {
            QVERIFY2(key == u"window/layout"_s || key == u"recentFiles"_s
                    || (stamped && key == u"libraryChecks/kept"_s),
                qPrintable(key));
        }
    }
};

QTEST_MAIN(TestBadInputWindow)
#include "tst_badinput_window.moc"
