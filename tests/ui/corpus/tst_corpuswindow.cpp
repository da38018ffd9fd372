// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RealSummaries.h"
#include "common/RolePalette.h"
#include "corpus/CorpusMatrixModel.h"
#include "corpus/CorpusPane.h"
#include "corpus/CorpusTimeline.h"
#include "corpus/GroupVoteChart.h"
#include "library/Library.h"
#include "map/CorpusMapStyle.h"
#include "map/MapPane.h"
#include "model/CorpusStatementModel.h"
#include "model/SelectionState.h"
#include "ui/window/WindowTestUtils.h"
#include "window/CorpusCommands.h"
#include "window/UserDialogs.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace re {

class TestCorpusWindow : public QObject
{
    Q_OBJECT

private:
    CorpusPane *pane() const { return m_fixture.find<CorpusPane>("corpusPane"); }
    QAction *action(const char *name) const { return m_fixture.find<QAction>(name); }

    /// Opens the folder of the two summaries as a corpus through File > Open Folder as Corpus.
    void openFolder(MainWindow *window)
    {
        window->dialogs()->answerNextFileQuestion({ m_corpusFolder });
        window->findChild<QAction *>(u"actionOpenFolderAsCorpus"_s)->trigger();
        auto *pane = window->findChild<CorpusPane *>(u"corpusPane"_s);
        QTRY_COMPARE(pane->documents().size(), 2);
    }

    qint64 idOf(const QString &reference) const
    {
        for (const LibraryEntry &entry : pane()->documents()) {
            if (entry.reference == reference)
                return entry.id;
        }
        return 0;
    }

    test::WindowFixture m_fixture;
    QTemporaryDir m_data;
    QString m_corpusFolder;
    QString m_myanmarReference;
    int m_libraries = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_fixture.setUpOnce("tst_corpuswindow");
        QVERIFY(m_data.isValid());
        m_corpusFolder = m_data.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(m_corpusFolder));
        QVERIFY(QFile::copy(test::bundledSummaryPath(), m_corpusFolder + u"/defence.md"_s));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), m_corpusFolder + u"/myanmar.html"_s));
        QString error;
        const std::optional<Document> myanmar
            = loadDocumentFile(test::myanmarSummaryPath(), &error);
        QVERIFY2(myanmar, qPrintable(error));
        m_myanmarReference = myanmar->procedure.reference;
        QVERIFY(!m_myanmarReference.isEmpty());
    }

    void init()
    {
        m_fixture.createWithEmptySettings();
        // Each test on a library of its own, never the user's.
        m_fixture.window->corpusCommands()->setLibraryPath(
            m_data.filePath(u"library-%1.sqlite"_s.arg(++m_libraries)));
    }

    void cleanup() { m_fixture.destroy(); }

    void libraryPathDefaultsToAppData()
    {
        CorpusCommands commands(m_fixture.model.get(), m_fixture.window->dialogs(), nullptr);
        QCOMPARE(commands.libraryPath(), Library::defaultPath());
        QVERIFY(commands.libraryPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void openFolderShowsItsCorpus()
    {
        auto *dock = m_fixture.find<QDockWidget>("corpusDock");
        QVERIFY(dock->isHidden());
        QVERIFY(!action("actionShowCorpus")->isChecked());
        openFolder(m_fixture.window.get());
        QVERIFY(!dock->isHidden());
        QVERIFY(action("actionShowCorpus")->isChecked());
        QCOMPARE(pane()->folder(), QFileInfo(m_corpusFolder).absoluteFilePath());
        // The window still reads the document it had.
        QCOMPARE(m_fixture.model->document().procedure.reference, u"2025/2119(INI)"_s);

        // The timeline: one marker per resolution.
        auto *timeline = m_fixture.find<CorpusTimeline>("corpusTimeline");
        m_fixture.find<QTabWidget>("corpusTabs")->setCurrentIndex(0);
        timeline->resize(700, 320);
        timeline->grab();
        QCOMPARE(timeline->markers().size(), 2);
        QVERIFY(CorpusTimeline::describe(pane()->documents().constLast()).contains(u"440"_s));

        // The votes: totals only, said in words, no chart.
        auto *votes = m_fixture.find<GroupVoteChart>("corpusVotes");
        QVERIFY(!votes->hasChart());
        QVERIFY(m_fixture.find<QLabel>("corpusVoteNote")->text().contains(u"totals only"_s));

        // The map offers the corpus colouring.
        auto *colouring = m_fixture.find<QComboBox>("mapColouringCombo");
        QVERIFY(colouring->findData(int(MapColouring::Corpus)) >= 0);
        m_fixture.find<MapPane>("mapPane")->setColouring(MapColouring::Corpus);
        QCOMPARE(m_fixture.find<MapPane>("mapPane")->colouring(), MapColouring::Corpus);
    }

    void matrixShowsMyanmarWithItsRole()
    {
        openFolder(m_fixture.window.get());
        auto *matrix = m_fixture.find<QTableView>("corpusMatrix");
        const QAbstractItemModel *cells = matrix->model();
        // The matrix is computed when its tab is first shown, not before.
        QCOMPARE(cells->columnCount(), 0);
        auto *tabs = m_fixture.find<QTabWidget>("corpusTabs");
        tabs->setCurrentWidget(m_fixture.find<QWidget>("corpusMatrixTab"));
        QCOMPARE(cells->columnCount(), 2);
        const qint64 myanmarId = idOf(m_myanmarReference);
        QVERIFY(myanmarId != 0);
        int column = -1;
        for (int c = 0; c < cells->columnCount(); ++c) {
            if (cells->headerData(c, Qt::Horizontal, CorpusMatrixModel::DocumentIdRole).toLongLong()
                == myanmarId)
                column = c;
        }
        QVERIFY(column >= 0);
        int row = -1;
        for (int r = 0; r < cells->rowCount(); ++r) {
            if (cells->headerData(r, Qt::Vertical, IdRole).toString() == u"MMR"_s)
                row = r;
        }
        QVERIFY2(row >= 0, "no row for Myanmar");
        QString error;
        const std::optional<Document> myanmar
            = loadDocumentFile(test::myanmarSummaryPath(), &error);
        const int index = myanmar->entityIndex(u"MMR"_s);
        QVERIFY(index >= 0);
        QCOMPARE(cells->index(row, column).data(CorpusMatrixModel::RoleKeyRole).toString(),
            entityRoleKey(myanmar->entities.at(index).role));
        // Drawn in the role's colour, as on the map.
        matrix->scrollTo(cells->index(row, column));
        const QRect shown = matrix->visualRect(cells->index(row, column));
        QVERIFY(shown.isValid());
        const QImage drawn = matrix->viewport()->grab().toImage();
        QCOMPARE(drawn.pixelColor(shown.topLeft() + QPoint(3, 3)),
            RolePalette::fill(myanmar->entities.at(index).role,
                RolePalette::isDark(matrix->palette().color(QPalette::Window))));

        // Another order keeps the rows.
        auto *order = m_fixture.find<QComboBox>("corpusMatrixOrder");
        const int rows = cells->rowCount();
        order->setCurrentIndex(1);
        Q_EMIT order->activated(1);
        QCOMPARE(cells->rowCount(), rows);

        // Choosing Myanmar's row filters by it and shows its roles over time.
        matrix->verticalHeader()->sectionClicked(row);
        QCOMPARE(
            m_fixture.find<QComboBox>("corpusPartnerFilter")->currentData().toString(), u"MMR"_s);
        QVERIFY(!m_fixture.find<QWidget>("corpusPartnerStrip")->isHidden());
    }

    void wordsFilterTheStatementsAndARowOpensItsResolution()
    {
        openFolder(m_fixture.window.get());
        m_fixture.find<QTabWidget>("corpusTabs")->setCurrentIndex(2);
        auto *table = m_fixture.find<QTableView>("corpusStatementTable");
        auto *statements = pane()->statementModel();
        QVERIFY(statements->rowCount() > 0);
        const qint64 myanmarId = idOf(m_myanmarReference);
        bool both = false;
        for (int row = 0; row < statements->rowCount() && !both; ++row)
            both = statements->statement(row)->documentId != myanmarId;
        QVERIFY2(both, "both resolutions' statements before the search");

        auto *search = m_fixture.find<QLineEdit>("corpusSearch");
        search->setFocus();
        QTest::keyClicks(search, u"Tatmadaw"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(statements->rowCount() > 0);
        for (int row = 0; row < statements->rowCount(); ++row) {
            QCOMPARE(statements->statement(row)->documentId, myanmarId);
            QVERIFY(statements->statement(row)->text.contains(u"Tatmadaw"_s, Qt::CaseInsensitive));
        }
        // The count comes from its own thread, after the table.
        const QString count = QString::number(statements->rowCount());
        auto *countLabel = m_fixture.find<QLabel>("corpusStatementCount");
        QTRY_VERIFY2(countLabel->text() == count + u" statements"_s
                || countLabel->text() == count + u" statement"_s,
            qPrintable(countLabel->text()));

        // Activating a row reads its resolution at that statement.
        const QString actionId = statements->statement(0)->actionId;
        table->setCurrentIndex(statements->index(0, CorpusStatementModel::StatementColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_fixture.model->document().procedure.reference, m_myanmarReference);
        QCOMPARE(m_fixture.model->selection()->currentAction(), actionId);
        QVERIFY(
            m_fixture.model->action(actionId)->text.contains(u"Tatmadaw"_s, Qt::CaseInsensitive));
        // The window names where it came from: the file the library read.
        QCOMPARE(
            QFileInfo(m_fixture.model->session()->source().location).fileName(), u"myanmar.html"_s);
    }

    void timelineClickOpensAResolution()
    {
        openFolder(m_fixture.window.get());
        m_fixture.find<QTabWidget>("corpusTabs")->setCurrentIndex(0);
        auto *timeline = m_fixture.find<CorpusTimeline>("corpusTimeline");
        QTRY_VERIFY(timeline->isVisible());
        timeline->repaint();
        const qint64 myanmarId = idOf(m_myanmarReference);
        const auto marker = std::find_if(timeline->markers().cbegin(), timeline->markers().cend(),
            [myanmarId](const TimelineMarker &m) { return m.documentId == myanmarId; });
        QVERIFY(marker != timeline->markers().cend());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker->bounds.center().toPoint());
        QCOMPARE(m_fixture.model->document().procedure.reference, m_myanmarReference);
    }

    void addToCorpusAddsTheDocumentRead()
    {
        QVERIFY(m_fixture.window->fileCommands()->openFile(test::myanmarSummaryPath()));
        action("actionAddToCorpus")->trigger();
        QTRY_COMPARE(pane()->documents().size(), 1);
        QCOMPARE(pane()->documents().constFirst().reference, m_myanmarReference);
        QVERIFY(!m_fixture.find<QDockWidget>("corpusDock")->isHidden());
    }

    void twoWindowsSeeEachOthersAdditions()
    {
        openFolder(m_fixture.window.get());
        pane()->setFolder({});
        ResolutionModel otherModel;
        otherModel.setDocument(bundledDocument());
        MainWindow other(&otherModel);
        other.setInteractive(false);
        other.corpusCommands()->setLibraryPath(m_fixture.window->corpusCommands()->libraryPath());
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.findChild<QAction *>(u"actionShowCorpus"_s)->trigger();
        auto *otherPane = other.findChild<CorpusPane *>(u"corpusPane"_s);
        QCOMPARE(otherPane->documents().size(), 2);

        // The other window adds a third resolution: this one sees it.
        QTemporaryDir extra;
        QFile source(test::bundledSummaryPath());
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        text.replace("2025/2119(INI) - 11/02/2026", "2024/2999(RSP) - 14/03/2024");
        const QString third = extra.filePath(u"third.md"_s);
        QFile out(third);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        QVERIFY(other.fileCommands()->openFile(third));
        other.findChild<QAction *>(u"actionAddToCorpus"_s)->trigger();
        QTRY_COMPARE(pane()->documents().size(), 3);
        otherPane->setFolder({});
        QCOMPARE(otherPane->documents().size(), 3);

        // And the other way round.
        text.replace("2024/2999(RSP) - 14/03/2024", "2023/2888(RSP) - 01/06/2023");
        const QString fourth = extra.filePath(u"fourth.md"_s);
        QFile outFourth(fourth);
        QVERIFY(outFourth.open(QIODevice::WriteOnly));
        outFourth.write(text);
        outFourth.close();
        QVERIFY(m_fixture.window->fileCommands()->openFile(fourth));
        action("actionAddToCorpus")->trigger();
        QTRY_COMPARE(otherPane->documents().size(), 4);
    }

    void aDamagedLibraryIsReportedAndTheDocumentKept()
    {
        const QString path = m_data.filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        m_fixture.window->corpusCommands()->setLibraryPath(path);
        QSignalSpy errors(m_fixture.window.get(), &MainWindow::errorShown);
        action("actionShowCorpus")->trigger();
        QCOMPARE(errors.size(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY(message.contains(u"damaged.sqlite"_s));
        QCOMPARE(message.count(u". "_s), 0); // one sentence
        QCOMPARE(m_fixture.model->document().procedure.reference, u"2025/2119(INI)"_s);
        QVERIFY(pane()->documents().isEmpty());
        QCOMPARE(QFileInfo(path).size(), 4096); // untouched
    }

    void voteOverTimeOnlyFromRollCallData()
    {
        // The bundled resolution (totals only) and a copy of it with made-up group rows.
        QString error;
        {
            const std::unique_ptr<Library> library
                = Library::open(m_fixture.window->corpusCommands()->libraryPath(), &error);
            QVERIFY2(library, qPrintable(error));
            QVERIFY(library->addDocument(bundledDocument(), test::bundledSummaryPath(), &error));
            Document withGroups = bundledDocument();
            withGroups.procedure.reference = u"2024/2999(RSP)"_s;
            withGroups.vote->groups = {
                { u"EPP"_s, u"European People's Party"_s, u"EPP"_s, 150, 10, 5, 3 },
                { u"S&D"_s, u"Socialists and Democrats"_s, u"S&D"_s, 90, 30, 10, 6 },
            };
            QVERIFY2(library->addDocument(withGroups, m_data.filePath(u"groups.json"_s), &error),
                qPrintable(error));
        }
        action("actionShowCorpus")->trigger();
        QCOMPARE(pane()->documents().size(), 2);
        auto *votes = m_fixture.find<GroupVoteChart>("corpusVotes");
        QVERIFY(votes->hasChart());
        const QChart *chart = m_fixture.find<QChartView>("corpusVoteChart")->chart();
        QCOMPARE(chart->series().size(), 2);
        // One point per group for the one resolution with roll-call data: the bundled one,
        // totals only, is not drawn.
        for (QAbstractSeries *series : chart->series())
            QCOMPARE(static_cast<QLineSeries *>(series)->count(), 1);
        QCOMPARE(
            static_cast<QLineSeries *>(chart->series().constFirst())->at(0).y(), 100.0 * 150 / 165);
        QVERIFY(m_fixture.find<QLabel>("corpusVoteNote")->text().contains(u"1 of 2"_s));
    }

    void cancelStopsAddingAFolder()
    {
        // Enough files that the worker is still reading when the user cancels.
        QTemporaryDir many;
        for (int i = 0; i < 24; ++i)
            QVERIFY(QFile::copy(test::myanmarSummaryPath(), many.filePath(u"m%1.html"_s.arg(i))));
        CorpusCommands *commands = m_fixture.window->corpusCommands();
        QSignalSpy added(commands, &CorpusCommands::corpusAdded);
        QSignalSpy status(commands, &CorpusCommands::statusMessage);
        commands->openFolder(many.path());
        QVERIFY(commands->isAdding());
        QVERIFY(!action("actionOpenFolderAsCorpus")->isEnabled());
        commands->cancelAdding();
        QTRY_VERIFY(!commands->isAdding());
        QVERIFY(action("actionOpenFolderAsCorpus")->isEnabled());
        QVERIFY(status.constLast().constFirst().toString().startsWith(u"Stopped"_s));
        QVERIFY(!status.constLast().constFirst().toString().contains(u"24 of 24"_s));
        QTRY_VERIFY(!m_fixture.window->findChild<QWidget *>(u"corpusProgress"_s));
    }

    /// The README's corpus pictures: the window at 1600x1000 on a corpus of the three real
    /// summaries, each tab as a user leaves it. Written to RE_SCREENSHOT_DIR when it is set
    /// (docs/screenshots/take-screenshots.sh runs this); checked either way.
    void screenshots()
    {
        QTemporaryDir temporary;
        QVERIFY(temporary.isValid());
        // The scope list shows the folder's name.
        const QDir three(temporary.filePath(u"real-summaries"_s));
        QVERIFY(QDir().mkpath(three.path()));
        QVERIFY(QFile::copy(test::bundledSummaryPath(), three.filePath(u"defence.md"_s)));
        QVERIFY(QFile::copy(test::myanmarSummaryPath(), three.filePath(u"myanmar.html"_s)));
        QVERIFY(QFile::copy(test::befitSummaryPath(), three.filePath(u"befit.html"_s)));
        MainWindow *window = m_fixture.window.get();
        window->resize(1600, 1000);
        window->dialogs()->answerNextFileQuestion({ three.path() });
        action("actionOpenFolderAsCorpus")->trigger();
        QTRY_COMPARE(pane()->documents().size(), 3);
        const QString folder = qEnvironmentVariable("RE_SCREENSHOT_DIR");
        const auto shoot = [&](const QString &name) {
            QTest::qWait(200);
            const QImage shot = window->grab().toImage();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), QSize(1600, 1000) * shot.devicePixelRatio());
            if (!folder.isEmpty())
                QVERIFY(shot.save(QDir(folder).filePath(name)));
        };
        auto *tabs = m_fixture.find<QTabWidget>("corpusTabs");
        tabs->setCurrentIndex(0);
        shoot(u"corpus-timeline.png"_s);
        tabs->setCurrentWidget(m_fixture.find<QWidget>("corpusMatrixTab"));
        QVERIFY(m_fixture.find<QTableView>("corpusMatrix")->model()->rowCount() > 0);
        shoot(u"corpus-partners.png"_s);

        tabs->setCurrentIndex(2);
        auto *search = m_fixture.find<QLineEdit>("corpusSearch");
        search->setFocus();
        QTest::keyClicks(search, u"Tatmadaw"_s);
        QTest::keyClick(search, Qt::Key_Return);
        auto *table = m_fixture.find<QTableView>("corpusStatementTable");
        table->setCurrentIndex(
            pane()->statementModel()->index(0, CorpusStatementModel::StatementColumn));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(m_fixture.model->document().procedure.reference, m_myanmarReference);
        shoot(u"corpus-statements.png"_s);

        m_fixture.find<QDockWidget>("mapDock")->raise();
        m_fixture.find<MapPane>("mapPane")->setColouring(MapColouring::Corpus);
        shoot(u"corpus-map.png"_s);
    }

    void largeCountsAreWrittenAsTheLocaleWritesThem()
    {
        // A large corpus's counts are grouped ("1,234" in English, "1 234" in French), as the
        // vote's counts are.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        LibraryEntry entry;
        entry.reference = u"synthetic-1234"_s;
        entry.title = u"Synthetic resolution with many statements"_s;
        entry.statements = 12345;
        const QString timeline = CorpusTimeline::describe(entry);
        const QString map = CorpusMapStyle({ { u"RUS"_s, 1234 } }, 1500).describe(u"RUS"_s);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const QString mapInFrench = CorpusMapStyle({ { u"RUS"_s, 1234 } }, 1500).describe(u"RUS"_s);
        QLocale::setDefault(before);
        QVERIFY2(timeline.contains(u"12,345 statements"_s), qPrintable(timeline));
        QCOMPARE(map, u"named in 1,234 of 1,500 resolutions"_s);
        // The digits grouped by the French locale's separator (the translation is not loaded).
        const QString frenchGroup = QLocale(QLocale::French).groupSeparator();
        QCOMPARE(mapInFrench,
            u"named in 1"_s + frenchGroup + u"234 of 1"_s + frenchGroup + u"500 resolutions"_s);
    }

    void exportMapDrawsTheCorpusColouring()
    {
        openFolder(m_fixture.window.get());
        auto *map = m_fixture.find<MapPane>("mapPane");
        QTemporaryDir out;
        const auto exported = [&](const QString &name) {
            m_fixture.window->dialogs()->answerNextFileQuestion({ out.filePath(name) });
            m_fixture.find<QAction>("actionExportMap")->trigger();
            QFile file(out.filePath(name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        map->setColouring(MapColouring::Corpus);
        const QString corpus = exported(u"corpus.svg"_s);
        QVERIFY(corpus.contains(u"Resolutions naming each country"_s));
        QVERIFY(corpus.contains(u"A corpus of 2 resolutions"_s));
        // The two resolutions of the folder name no country in common.
        QVERIFY(corpus.contains(u"named in 1 of 2 resolutions"_s));
        map->setColouring(MapColouring::Partners);
        const QString partners = exported(u"partners.svg"_s);
        QVERIFY(!partners.isEmpty());
        QVERIFY(!partners.contains(u"Resolutions naming each country"_s));
        QVERIFY(!partners.contains(u"named in 1 of 2 resolutions"_s));
    }

    void partnerThemeAndKindAreShared()
    {
        openFolder(m_fixture.window.get());
        SelectionState *selection = m_fixture.model->selection();
        auto *tabs = m_fixture.find<QTabWidget>("corpusTabs");
        tabs->setCurrentWidget(m_fixture.find<QWidget>("corpusStatementsTab"));
        auto *partner = m_fixture.find<QComboBox>("corpusPartnerFilter");
        auto *kind = m_fixture.find<QComboBox>("corpusKindFilter");
        CorpusStatementModel *statements = pane()->statementModel();

        // Chosen in the window (the map, the filter bar): the corpus's statements follow.
        selection->setEntityFilter({ u"MMR"_s });
        QCOMPARE(partner->currentData().toString(), u"MMR"_s);
        QVERIFY(statements->rowCount() > 0);
        for (int row = 0; row < statements->rowCount(); ++row)
            QCOMPARE(statements->statement(row)->documentId, idOf(m_myanmarReference));
        selection->setVerbFilter(u"call"_s);
        QCOMPARE(kind->currentData().toString(), u"call"_s);
        selection->clearFilters();
        QCOMPARE(partner->currentIndex(), 0);
        QCOMPARE(kind->currentIndex(), 0);

        // Chosen in the corpus: the window's views follow, the rest of their filter kept.
        selection->setSearchText(u"defence"_s);
        const int nato = partner->findData(u"NATO"_s);
        QVERIFY(nato > 0);
        partner->setCurrentIndex(nato);
        Q_EMIT partner->activated(nato);
        QCOMPARE(selection->filter().entities, QStringList { u"NATO"_s });
        QCOMPARE(selection->filter().text, u"defence"_s);
        const int call = kind->findData(u"call"_s);
        kind->setCurrentIndex(call);
        Q_EMIT kind->activated(call);
        QCOMPARE(selection->filter().verb, u"call"_s);
        QCOMPARE(selection->filter().entities, QStringList { u"NATO"_s });
        selection->clearFilters();
    }

    void exportButtonsWriteTheImages()
    {
        openFolder(m_fixture.window.get());
        QTemporaryDir out;
        m_fixture.window->dialogs()->answerNextFileQuestion({ out.filePath(u"t.svg"_s) });
        m_fixture.find<QPushButton>("corpusExportTimeline")->click();
        QVERIFY(QFile::exists(out.filePath(u"t.svg"_s)));
        m_fixture.window->dialogs()->answerNextFileQuestion({ out.filePath(u"m.png"_s) });
        m_fixture.find<QPushButton>("corpusExportMatrix")->click();
        const QImage matrix(out.filePath(u"m.png"_s));
        QVERIFY(!matrix.isNull());
    }
};

} // namespace re

QTEST_MAIN(re::TestCorpusWindow)
#include "tst_corpuswindow.moc"
