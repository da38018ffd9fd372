// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window: title, names, files, errors, and the layout kept in the settings.
#include "WindowTestUtils.h"
#include "io/FileNames.h"
#include "model/ActionFilter.h"
#include "model/ActionTableModel.h"
#include "model/EntityListModel.h"
#include "model/SectionTreeModel.h"
#include "model/SelectionState.h"
#include "session/DocumentSession.h"
#include "window/UserDialogs.h"
#include "window/WindowLayout.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_mainwindow"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void title()
    {
        const Procedure &procedure = m_fx.model->document().procedure;
        QCOMPARE(m_fx.window->windowTitle(),
            procedure.title + QStringLiteral(" \u2014 ") + procedure.reference
                + QStringLiteral(" \u2014 Resolution Explorer"));
        QVERIFY(aboutText().contains(QStringLiteral(RE_VERSION)));
        QVERIFY(aboutText().contains(QStringLiteral("Natural Earth")));
    }

    void firstPaintShowsTheText()
    {
        // The reader writes its text at its first paint: once the new window is on the screen,
        // the title is there, laid out within the reader's width, and painted.
        m_fx.destroy();
        m_fx.model = std::make_unique<ResolutionModel>();
        m_fx.model->setDocument(bundledDocument());
        m_fx.window = std::make_unique<MainWindow>(m_fx.model.get());
        auto *reader = m_fx.find<QTextEdit>("reader");
        QVERIFY(reader);
        m_fx.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_fx.window.get()));
        // Written by the paint of the exposed window (document() does not ask for it).
        const QString title = m_fx.model->document().procedure.title;
        QVERIFY(reader->document()->toPlainText().startsWith(title));
        const QImage shot = reader->viewport()->grab().toImage();
        QTextCursor first(reader->document());
        const QRect titleRect = reader->cursorRect(first);
        QVERIFY(reader->viewport()->rect().contains(titleRect));
        QVERIFY(reader->document()->size().width() <= reader->viewport()->width() + 1);
        // Something other than the background was painted where the text is.
        const QColor background = shot.pixelColor(0, 0);
        bool inked = false;
        for (int y = 0; y < std::min(shot.height(), 200) && !inked; ++y) {
            for (int x = 0; x < shot.width() && !inked; ++x)
                inked = shot.pixelColor(x, y) != background;
        }
        QVERIFY(inked);
    }

    void actionRowsHaveOneFixedHeight()
    {
        auto *table = m_fx.find<QTableView>("actionTable");
        QVERIFY(table->model()->rowCount() > 2);
        const int height = table->rowHeight(0);
        QVERIFY(height >= 3 * table->fontMetrics().lineSpacing());
        for (int row = 1; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->rowHeight(row), height);
        // The whole sentence is in the tooltip.
        const QModelIndex text = table->model()->index(0, ActionTableModel::TextColumn);
        QCOMPARE(text.data(Qt::ToolTipRole).toString(), text.data().toString());
    }

    void sectionCountsAreNotCut()
    {
        // The count columns are sized once to their widest count (the whole resolution's row) or
        // their header: no count is elided, and no width is wasted that the titles could use.
        auto *tree = m_fx.find<QTreeView>("sectionTree");
        QVERIFY(tree);
        const QAbstractItemModel *model = tree->model();
        QVERIFY(model->rowCount() > 0);
        for (const int column :
            { SectionTreeModel::ParagraphsColumn, SectionTreeModel::ActionsColumn }) {
            QModelIndexList rows = { model->index(0, column) };
            for (int row = 0; row < model->rowCount(rows.first().siblingAtColumn(0)); ++row)
                rows << model->index(row, column, rows.first().siblingAtColumn(0));
            int widest = 0;
            for (const QModelIndex &index : std::as_const(rows)) {
                QFont font = tree->font();
                if (const QVariant own = index.data(Qt::FontRole); own.isValid())
                    font = own.value<QFont>().resolve(font);
                const int text = QFontMetrics(font).horizontalAdvance(index.data().toString());
                QVERIFY2(tree->columnWidth(column) > text, qPrintable(index.data().toString()));
                widest = std::max(widest, text);
            }
            const int header = tree->header()->sectionSizeHint(column);
            QVERIFY(tree->columnWidth(column) >= header);
            QVERIFY(tree->columnWidth(column) <= std::max(header, widest + 24));
        }
        QVERIFY(tree->columnWidth(SectionTreeModel::TitleColumn)
            > tree->columnWidth(SectionTreeModel::ActionsColumn));
    }

    void entityPopupFitsItsColumns()
    {
        // The popup's role and count columns are measured when it opens, not on every change
        // while it is hidden: open, they fit their contents and headers exactly.
        auto *menu = m_fx.find<QMenu>("entityFilterMenu");
        auto *list = m_fx.find<QTreeView>("entityFilterList");
        QVERIFY(menu && list);
        menu->popup(m_fx.window->mapToGlobal(QPoint(10, 10)));
        QTRY_VERIFY(menu->isVisible());
        const QAbstractItemView *view = list;
        for (const int column : { EntityListModel::RoleColumn, EntityListModel::ActionsColumn }) {
            QCOMPARE(list->columnWidth(column),
                std::max(view->sizeHintForColumn(column), list->header()->sectionSizeHint(column)));
        }
        menu->hide();
    }

    void entityPopupTicksFromTheKeyboard()
    {
        // Typing narrows the list; Enter or Space ticks or unticks the highlighted entity (the
        // pop-up stays open), the arrows choose another, and a space that goes on with a name
        // ("United Kingdom") is typed.
        auto *menu = m_fx.find<QMenu>("entityFilterMenu");
        auto *search = m_fx.find<QLineEdit>("entityFilterSearch");
        auto *list = m_fx.find<QTreeView>("entityFilterList");
        QVERIFY(menu && search && list);
        const SelectionState *state = m_fx.model->selection();
        menu->popup(m_fx.window->mapToGlobal(QPoint(10, 10)));
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(QApplication::focusWidget(), search);

        QTest::keyClicks(search, u"norw"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Space);
        QCOMPARE(state->entityFilter(), QStringList { u"NOR"_s });
        QCOMPARE(search->text(), u"norw"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(state->entityFilter().isEmpty());
        QVERIFY(menu->isVisible());

        search->clear();
        QTest::keyClicks(search, u"united"_s);
        QVERIFY(list->model()->rowCount() >= 2);
        QTest::keyClick(search, Qt::Key_Space);
        QCOMPARE(search->text(), u"united "_s);
        QVERIFY(state->entityFilter().isEmpty());
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        const QString second = list->currentIndex().siblingAtColumn(0).data(IdRole).toString();
        QVERIFY(!second.isEmpty());
        QTest::keyClick(search, Qt::Key_Enter);
        QCOMPARE(state->entityFilter(), QStringList { second });
        QCOMPARE(search->text(), u"united "_s);
        menu->hide();
    }

    void widgetsAndActionsHaveNames()
    {
        for (const char *name :
            { "sectionTree", "sectionSearch", "reader", "actionTable", "entityFilter",
                "themeFilter", "verbFilter", "sectionOnlyCheck", "actionSearch", "actionCount",
                "clearFiltersButton", "mainSplitter", "mapDock", "voteDock", "menuRecent" })
            QVERIFY2(m_fx.find<QWidget>(name), name);
        for (const char *name : { "actionOpen", "actionSaveAs", "actionExportActions", "actionQuit",
                 "actionResetLayout", "actionAbout", "actionClearFilters", "actionFindSection",
                 "actionExportMap", "actionExportChart", "actionImportRollCall",
                 "actionRemoveRollCall" })
            QVERIFY2(m_fx.find<QAction>(name), name);
        QVERIFY(m_fx.find<QDockWidget>("mapDock")->findChild<QWidget *>(QStringLiteral("mapPane")));
        QVERIFY(
            m_fx.find<QDockWidget>("voteDock")->findChild<QWidget *>(QStringLiteral("votePane")));
        QCOMPARE(m_fx.find<QAction>("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(
            m_fx.find<QAction>("actionFindSection")->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY(!m_fx.find<QAction>("actionClearFilters")->shortcut().isEmpty());
    }

    void badFileKeepsDocument_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << QStringLiteral("missing.md") << QByteArray();
        QTest::newRow("broken json") << QStringLiteral("broken.json")
                                     << QByteArray("{\"format\": \"resolution-explorer/1\", ");
        QTest::newRow("not a summary")
            << QStringLiteral("binary.md") << QByteArray("\x00\x01\x02\xff\xfe", 5);
        QTest::newRow("unknown type") << QStringLiteral("picture.png") << QByteArray("PNG");
    }

    void badFileKeepsDocument()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QString title = m_fx.window->windowTitle();
        const Document before = m_fx.model->document();
        const int rows = m_fx.table()->rowCount();
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        QSignalSpy changes(m_fx.model.get(), &ResolutionModel::documentChanged);

        QVERIFY(!m_fx.window->fileCommands()->openFile(path));
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY(message.contains(fileName));
        QVERIFY(!message.contains(u'\n'));
        QCOMPARE(changes.size(), 0);
        QCOMPARE(m_fx.window->windowTitle(), title);
        QCOMPARE(m_fx.table()->rowCount(), rows);
        QVERIFY(m_fx.model->document() == before);
    }

    void errorBoxWhenInteractive()
    {
        m_fx.window->setInteractive(true);
        QString boxName;
        QString boxText;
        QTimer::singleShot(0, m_fx.window.get(), [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                boxName = box->objectName();
                boxText = box->text();
                box->accept();
            }
        });
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        QVERIFY(!m_fx.window->fileCommands()->openFile(QStringLiteral("/nonexistent/summary.md")));
        QCOMPARE(boxName, QStringLiteral("loadErrorBox"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(boxText, errors.first().first().toString());
    }

    /// Save As suggests the document's reference with the extension the desktop associates
    /// with the program (packaging/mime), in the real dialog.
    void saveAsSuggestsDocumentExtension()
    {
        m_fx.window->setInteractive(true);
        QString suggested;
        QTimer closer; // the dialog runs its own event loop: look for it from there
        closer.setInterval(10);
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                suggested = dialog->selectedFiles().value(0);
                closer.stop();
                dialog->reject();
            }
        });
        closer.start();
        m_fx.window->findChild<QAction *>(QStringLiteral("actionSaveAs"))->trigger();
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("2025-2119-INI.rexp.json"));
    }

    void openInTheBackground()
    {
        // The window keeps its document until the new one is read, says what it is opening,
        // and then shows the new one as openFile() would.
        const QString path = QStringLiteral(RE_TEST_DATA "/import/synthetic-summary.md");
        const Document before = m_fx.model->document();
        QSignalSpy finished(m_fx.window->fileCommands(), &FileCommands::openingFinished);
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        m_fx.window->fileCommands()->openFileInBackground(path);
        QVERIFY(m_fx.window->fileCommands()->isOpening());
        QVERIFY(m_fx.model->document() == before);
        auto *status = m_fx.window->findChild<QStatusBar *>(u"statusBar"_s);
        QVERIFY(status->currentMessage().contains(u"synthetic-summary.md"_s));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!m_fx.window->fileCommands()->isOpening());
        QCOMPARE(errors.size(), 0);
        QVERIFY(status->currentMessage().isEmpty());
        QString error;
        QCOMPARE(m_fx.model->document().procedure.title,
            loadDocumentFile(path, &error)->procedure.title);
        QCOMPARE(m_fx.table()->rowCount(), m_fx.model->document().actions.size());

        // A file that cannot be read: one message, the document kept.
        const Document opened = m_fx.model->document();
        m_fx.window->fileCommands()->openFileInBackground(u"/nonexistent/summary.md"_s);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).toBool(), false);
        QCOMPARE(errors.size(), 1);
        QVERIFY(m_fx.model->document() == opened);
    }

    void newerBackgroundOpenWins()
    {
        // A long summary (the bundled one 60 times over) takes far longer to import than the
        // short one opened right after it: only the newest open is applied, whatever ends first.
        QTemporaryDir dir;
        QFile source(QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray text = source.readAll();
        const QString longPath = dir.filePath(u"long-synthetic.md"_s);
        QFile longFile(longPath);
        QVERIFY(longFile.open(QIODevice::WriteOnly));
        longFile.write(text);
        const qsizetype body = text.indexOf("\n## ");
        QVERIFY(body > 0);
        for (int copy = 0; copy < 60; ++copy)
            longFile.write(text.mid(body));
        longFile.close();
        const QString shortPath = QStringLiteral(RE_TEST_DATA "/import/synthetic-summary.md");

        QSignalSpy changed(m_fx.model.get(), &ResolutionModel::documentChanged);
        QSignalSpy finished(m_fx.window->fileCommands(), &FileCommands::openingFinished);
        m_fx.window->fileCommands()->openFileInBackground(longPath);
        m_fx.window->fileCommands()->openFileInBackground(shortPath);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(changed.size(), 1);
        QString error;
        QCOMPARE(m_fx.model->document().procedure.title,
            loadDocumentFile(shortPath, &error)->procedure.title);
        QStringList opened;
        for (const QList<QVariant> &arguments : std::as_const(finished)) {
            if (arguments.at(1).toBool())
                opened << arguments.at(0).toString();
        }
        QCOMPARE(opened, QStringList { shortPath });
    }

    void openAndDropFiles()
    {
        const QString path = QStringLiteral(RE_TEST_DATA "/import/synthetic-summary.md");
        QVERIFY(QFile::exists(path));
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        QVERIFY(m_fx.window->fileCommands()->openFile(path));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_fx.model->document().sourceName.isEmpty(), false);
        QVERIFY(m_fx.window->windowTitle().endsWith(QStringLiteral("Resolution Explorer")));
        QCOMPARE(m_fx.table()->rowCount(), m_fx.model->document().actions.size());
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().first(),
            QFileInfo(path).absoluteFilePath());

        // Dropping the bundled text back on the window opens it.
        QTemporaryDir dir;
        const QString bundled = dir.filePath(QStringLiteral("bundled.md"));
        QVERIFY(QFile::copy(
            QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md"), bundled));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(bundled) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(m_fx.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QSignalSpy finished(m_fx.window->fileCommands(), &FileCommands::openingFinished);
        QCoreApplication::sendEvent(m_fx.window.get(), &drop);
        QVERIFY(finished.wait(30000)); // dropped files open in the background
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_fx.model->document().procedure, bundledDocument().procedure);
        QCOMPARE(m_fx.table()->rowCount(), bundledDocument().actions.size());
    }

    void saveAndExport()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("saved.json"));
        QVERIFY(m_fx.window->fileCommands()->saveDocumentAs(json));
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        QVERIFY(m_fx.window->fileCommands()->openFile(json));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_fx.model->document().actions, bundledDocument().actions);

        m_fx.model->selection()->setEntityFilter({ QStringLiteral("NOR") });
        const QString csv = dir.filePath(QStringLiteral("norway.csv"));
        QVERIFY(m_fx.window->fileCommands()->exportActions(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), m_fx.table()->rowCount() + 1); // header and one line per row

        QVERIFY(!m_fx.window->fileCommands()->saveDocumentAs(
            dir.filePath(QStringLiteral("no/such/dir/x.json"))));
        QCOMPARE(errors.size(), 1);

        const QString png = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(m_fx.window->fileCommands()->exportMapImage(png));
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.read(8).startsWith("\x89PNG"));
        QVERIFY(!m_fx.window->fileCommands()->exportMapImage(
            dir.filePath(QStringLiteral("map.unknown"))));
        QCOMPARE(errors.size(), 2);
    }

    /// The File menu's commands, driven as a user would through their menu actions, with the
    /// dialogs' answers queued: each export suggests the one file name pattern and writes where
    /// it is told; roll-call data comes and goes.
    void fileMenuThroughDialogs()
    {
        QTemporaryDir dir;
        UserDialogs *dialogs = m_fx.window->dialogs();
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);

        const QString csv = dir.filePath(u"from-menu"_s); // no suffix: the filter's is added
        dialogs->answerNextFileQuestion({ csv });
        m_fx.find<QAction>("actionExportActions")->trigger();
        QVERIFY(QFile::exists(csv + u".csv"_s));

        const QString chart = dir.filePath(u"chart.svg"_s);
        dialogs->answerNextFileQuestion({ chart });
        m_fx.find<QAction>("actionExportChart")->trigger();
        QFile svg(chart);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));

        // Cancelled: nothing written, nothing said.
        m_fx.find<QAction>("actionExportMap")->trigger();
        QCOMPARE(errors.size(), 0);

        QAction *remove = m_fx.find<QAction>("actionRemoveRollCall");
        QVERIFY(!remove->isEnabled());
        dialogs->answerNextFileQuestion({ QStringLiteral(RE_TEST_DATA "/vote/synthetic-groups.csv"),
            QStringLiteral(RE_TEST_DATA "/vote/synthetic-countries.csv") });
        m_fx.find<QAction>("actionImportRollCall")->trigger();
        QCOMPARE(m_fx.model->document().vote->groups.size(), 9);
        QVERIFY(!m_fx.find<QDockWidget>("voteDock")->isHidden());
        QVERIFY(remove->isEnabled());
        remove->trigger();
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
        QVERIFY(!remove->isEnabled());

        // A refused import is one sentence, and the vote stays as it was.
        dialogs->answerNextFileQuestion(
            { QStringLiteral(RE_TEST_DATA "/vote/bad/synthetic-groups-mismatch.csv") });
        m_fx.find<QAction>("actionImportRollCall")->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
    }

    /// A roll-call record whose totals do not single out the document's vote: the user picks
    /// it from the record's votes, or cancels and nothing changes.
    void rollCallRecordAsksWhichVote()
    {
        QTemporaryDir dir;
        QFile source(QStringLiteral(RE_TEST_DATA "/vote/synthetic-rcv.xml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray xml = source.readAll();
        // A second vote with the same totals as the whole text: 900003, a copy of 900002.
        const qsizetype start = xml.indexOf("<RollCallVote.Result Identifier=\"900002\"");
        const qsizetype end = xml.indexOf("</RollCallVote.Result>", start) + 22;
        QVERIFY(start > 0 && end > start);
        QByteArray copy = xml.mid(start, end - start);
        copy.replace("Identifier=\"900002\"", "Identifier=\"900003\"");
        xml.insert(end, "\n" + copy);
        const QString path = dir.filePath(u"synthetic-two-whole-votes.xml"_s);
        QFile record(path);
        QVERIFY(record.open(QIODevice::WriteOnly));
        record.write(xml);
        record.close();

        UserDialogs *dialogs = m_fx.window->dialogs();
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        dialogs->answerNextFileQuestion({ path });
        m_fx.find<QAction>("actionImportRollCall")->trigger(); // the choice is cancelled
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());
        QCOMPARE(errors.size(), 0);

        dialogs->answerNextFileQuestion({ path });
        dialogs->answerNextFileQuestion({ u"2"_s }); // the third vote of the list: 900003
        m_fx.find<QAction>("actionImportRollCall")->trigger();
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_fx.model->document().vote->groups.size(), 9);
        QVERIFY(m_fx.model->document().vote->countries.isEmpty());
        m_fx.find<QAction>("actionRemoveRollCall")->trigger();
    }

    /// HowTheyVote's export is read on a worker: the status bar shows it busy with a Cancel
    /// button; cancelling keeps the vote as it was, letting it finish attaches the breakdowns.
    void bulkExportReadsOnAWorker()
    {
        const QString folder = QStringLiteral(RE_TEST_DATA "/vote/synthetic-export");
        DocumentSession *session = m_fx.model->session();
        QSignalSpy finished(session, &DocumentSession::rollCallFinished);
        auto *busy = m_fx.find<QProgressBar>("statusBusy");
        auto *cancel = m_fx.find<QToolButton>("statusCancel");
        QVERIFY(busy->isHidden());

        QVERIFY(m_fx.window->fileCommands()->importRollCall({ folder }));
        QVERIFY(!busy->isHidden() && !cancel->isHidden());
        cancel->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(busy->isHidden());
        QTest::qWait(200); // the cancelled reader's result, if it comes, is dropped
        QVERIFY(m_fx.model->document().vote->groups.isEmpty());

        QVERIFY(m_fx.window->fileCommands()->importRollCall({ folder }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(m_fx.model->document().vote->groups.size(), 9);
        QCOMPARE(m_fx.model->document().vote->countries.size(), 27);
        QVERIFY(busy->isHidden());
        m_fx.find<QAction>("actionRemoveRollCall")->trigger();
    }

    /// An export whose procedure has two main votes: the user picks one, or cancels.
    void bulkExportAsksWhichVote()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"synthetic-export"_s);
        QVERIFY(QDir().mkpath(folder));
        const QDir source(QStringLiteral(RE_TEST_DATA "/vote/synthetic-export"));
        for (const QString &name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), folder + u'/' + name));
        QFile votes(folder + u"/votes.csv"_s);
        QVERIFY(votes.open(QIODevice::ReadOnly));
        QByteArray csv = votes.readAll();
        votes.close();
        csv.replace(",False,2025/2119(INI)", ",True,2025/2119(INI)");
        QVERIFY(votes.remove() && votes.open(QIODevice::WriteOnly));
        votes.write(csv);
        votes.close();

        DocumentSession *session = m_fx.model->session();
        QSignalSpy finished(session, &DocumentSession::rollCallFinished);
        QVERIFY(!m_fx.window->fileCommands()->importRollCall({ folder })); // cancelled
        QVERIFY(!session->isAttachingRollCall());
        m_fx.window->dialogs()->answerNextFileQuestion({ u"1"_s }); // 900011, the second
        QVERIFY(m_fx.window->fileCommands()->importRollCall({ folder }));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(m_fx.model->document().vote->groups.size(), 9);
        QVERIFY(m_fx.model->document().vote->breakdownSource.contains(u"vote 900011"_s));
        m_fx.find<QAction>("actionRemoveRollCall")->trigger();
    }

    /// File > Open Bundled Resolution goes back from another document; Ctrl+S is a shortcut of
    /// Save As.
    void backToTheBundledResolution()
    {
        QAction *bundled = m_fx.find<QAction>("actionOpenBundled");
        QVERIFY(!bundled->isEnabled()); // it is the document shown
        QVERIFY(m_fx.window->fileCommands()->openFile(
            QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html")));
        QCOMPARE(m_fx.model->document().procedure.reference, u"2021/2540(RSP)"_s);
        QVERIFY(bundled->isEnabled());
        bundled->trigger();
        QCOMPARE(m_fx.model->document().procedure.reference, u"2025/2119(INI)"_s);
        QCOMPARE(m_fx.model->session()->source().kind, DocumentSource::Kind::Bundled);
        QVERIFY(!bundled->isEnabled());
        QVERIFY(m_fx.find<QAction>("actionSaveAs")
                    ->shortcuts()
                    .contains(QKeySequence(QKeySequence::Save)));
    }

    /// An empty table says why, in words.
    void emptyTableSaysWhy()
    {
        ActionFilter filter;
        filter.entities = { u"CAN"_s };
        filter.section = u"s1"_s;
        filter.sectionOnly = true;
        m_fx.model->selection()->setFilter(filter);
        auto *note = m_fx.find<QLabel>("actionTableEmpty");
        QTRY_VERIFY(!note->isHidden());
        QCOMPARE(note->text(), u"Canada is not named in this section."_s);
        m_fx.model->selection()->setFilter({});
        QTRY_VERIFY(note->isHidden());
    }

    void notASummaryOpensWithAWarning()
    {
        QSignalSpy errors(m_fx.window.get(), &MainWindow::errorShown);
        const QString path = QStringLiteral(RE_TEST_DATA "/import/synthetic-not-a-summary.txt");
        QVERIFY(m_fx.window->fileCommands()->openFile(path));
        QCOMPARE(m_fx.model->document().sourceName, QFileInfo(path).absoluteFilePath());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(
            errors.first().first().toString().contains(u"is open, but nothing in it reads like"_s),
            qPrintable(errors.first().first().toString()));
        // A procedure file is refused, and the document stays.
        const QString procedure
            = QStringLiteral(RE_TEST_DATA "/import/real/oeil-procedure-file_2021-2540-rsp.html");
        QVERIFY(!m_fx.window->fileCommands()->openFile(procedure));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.last().first().toString().contains(u"procedure file"_s));
        QCOMPARE(m_fx.model->document().sourceName, QFileInfo(path).absoluteFilePath());
    }

    void exportNamesShareOnePattern()
    {
        const Document &document = m_fx.model->document();
        QCOMPARE(suggestedFileName(document, u"map"_s, u"png"_s), u"2025-2119-INI-map.png"_s);
        QCOMPARE(suggestedFileName(document, u"totals"_s, u"png"_s), u"2025-2119-INI-totals.png"_s);
        Document unnamed;
        QCOMPARE(suggestedFileName(unnamed, {}, u"rexp.json"_s), u"resolution.rexp.json"_s);
    }

    void layoutIsRestored()
    {
        auto *main = m_fx.find<QSplitter>("mainSplitter");
        auto *reading = m_fx.find<QSplitter>("readingSplitter");
        const int mainTotal = main->sizes().at(0) + main->sizes().at(1);
        const QList<int> mainSizes { mainTotal / 3, mainTotal - mainTotal / 3 };
        main->setSizes(mainSizes);
        const int readingTotal = reading->sizes().at(0) + reading->sizes().at(1);
        const QList<int> readingSizes { readingTotal / 4, readingTotal - readingTotal / 4 };
        reading->setSizes(readingSizes);
        QCOMPARE(main->sizes(), mainSizes);
        m_fx.find<QDockWidget>("voteDock")->close();
        SelectionState *state = m_fx.model->selection();
        state->setEntityFilter({ QStringLiteral("NOR") });
        state->setVerbFilter(QStringLiteral("stress"));
        state->setEntityFilter({ QStringLiteral("NOR"), QStringLiteral("no-such-entity") });
        const int rows = m_fx.table()->rowCount();
        m_fx.window->close(); // saves
        m_fx.destroy();

        m_fx.create();
        QCOMPARE(m_fx.find<QSplitter>("mainSplitter")->sizes(), mainSizes);
        // The reader takes any width the platform's frame handling adds to the window.
        QCOMPARE(m_fx.find<QSplitter>("readingSplitter")->sizes().first(), readingSizes.first());
        QVERIFY(m_fx.find<QDockWidget>("voteDock")->isHidden());
        QVERIFY(!m_fx.find<QDockWidget>("mapDock")->isHidden());
        QCOMPARE(m_fx.model->selection()->entityFilter(), QStringList { QStringLiteral("NOR") });
        QCOMPARE(m_fx.model->selection()->verbFilter(), QStringLiteral("stress"));
        QCOMPARE(m_fx.table()->rowCount(), rows);

        // Reset Layout brings the docks back; the filters stay.
        m_fx.find<QAction>("actionResetLayout")->trigger();
        QVERIFY(!m_fx.find<QDockWidget>("voteDock")->isHidden());
        QCOMPARE(m_fx.model->selection()->verbFilter(), QStringLiteral("stress"));
    }

    void badLayoutIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("problem"); // what the warning must say
        WindowLayout layout;
        layout.filter.verb = QStringLiteral("stress");
        layout.filter.sectionOnly = true;
        const QByteArray valid = layout.encode();
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << u"too short"_s;
        QTest::newRow("older version") << layout.encode(0) << u"another version"_s;
        QTest::newRow("truncated") << valid.first(valid.size() - 3) << u"checksum"_s;
    }

    void badLayoutIsIgnored()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QString, problem);
        const QList<int> defaultSizes = m_fx.find<QSplitter>("mainSplitter")->sizes();
        m_fx.destroy();
        QSettings().setValue(QLatin1String(WindowLayout::SettingsKey), stored);
        // The warning is required: QTest fails the test when an ignored message never comes.
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^Ignoring the saved window layout .*"_s
                + QRegularExpression::escape(problem) + u".*default layout is used\\.$"_s));
        m_fx.create();
        QCOMPARE(m_fx.find<QSplitter>("mainSplitter")->sizes(), defaultSizes);
        QVERIFY(!m_fx.model->selection()->hasFilters());
        QVERIFY(!m_fx.find<QDockWidget>("voteDock")->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
