// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/MainWindow.h"

#include "corpus/CorpusPane.h"
#include "library/IntegrityStamp.h"
#include "map/MapPane.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "online/HowTheyVoteFetch.h"
#include "voteview/VotePane.h"
#include "window/About.h"
#include "window/ActionTablePane.h"
#include "window/CorpusCommands.h"
#include "window/DockWidthShare.h"
#include "window/DocumentStatus.h"
#include "window/FileCommands.h"
#include "window/FilterBar.h"
#include "window/KeyboardShortcuts.h"
#include "window/OnlineCommands.h"
#include "window/ReaderPane.h"
#include "window/RecentFilesMenu.h"
#include "window/SectionTreePane.h"
#include "window/SettingsCheck.h"
#include "window/UserDialogs.h"
#include "window/UserGuide.h"
#include "window/WindowLayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace re {

MainWindow::MainWindow(ResolutionModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_dialogs(new UserDialogs(this))
    , m_files(new FileCommands(model, m_dialogs, this))
    , m_online(new OnlineCommands(model, m_dialogs, m_files->recentMenu(), this))
    , m_corpus(new CorpusCommands(model, m_dialogs, this))
{
    {
        // Before anything stored is used or stored again: what the program did not write goes.
        QSettings settings;
        dropForeignSettings(settings,
            { QLatin1String(WindowLayout::SettingsKey), QLatin1String(RecentFilesMenu::SettingsKey),
                QLatin1String(RecentFilesMenu::TitlesKey) },
            { QLatin1String(RecentFilesMenu::SettingsKey),
                QLatin1String(RecentFilesMenu::TitlesKey) },
            { integrity::SettingsGroup });
    }
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createCentre();
    createDocks();
    m_files->setPanes(m_tablePane, m_mapPane, m_votePane);
    m_corpus->setPane(m_corpusPane);
    createMenus();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    auto *status = new DocumentStatus(m_model, statusBar());
    status->watch(m_online->rollCallFetch());

    connect(m_dialogs, &UserDialogs::messageShown, this, &MainWindow::errorShown);
    const auto showStatus = [this](const QString &message) {
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(message);
    };
    connect(m_files, &FileCommands::statusMessage, this, showStatus);
    connect(m_files, &FileCommands::fileWritten, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_online, &OnlineCommands::statusMessage, this, showStatus);
    connect(m_files, &FileCommands::rollCallAttached, this, [this] { m_voteDock->show(); });
    connect(m_online, &OnlineCommands::rollCallAttached, this, [this] { m_voteDock->show(); });
    connect(m_votePane, &VotePane::howTheyVoteRequested, m_online, &OnlineCommands::getRollCall);
    connect(m_corpus, &CorpusCommands::statusMessage, this, showStatus);
    connect(m_corpus, &CorpusCommands::fileWritten, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_corpus, &CorpusCommands::corpusAdded, this, [this](const QString &folder) {
        showCorpusDock();
        updateCorpusLibrary();
        m_corpusPane->setFolder(folder);
    });
    connect(m_corpus, &CorpusCommands::libraryChanged, this, &MainWindow::updateCorpusLibrary);
    connect(m_corpusDock, &QDockWidget::visibilityChanged, this, &MainWindow::updateCorpusLibrary);
    connect(m_corpusPane, &CorpusPane::openRequested, m_corpus, &CorpusCommands::openFromLibrary);
    connect(m_corpusPane, &CorpusPane::namingCountsChanged, this,
        [this](const QHash<QString, int> &counts) {
            m_mapPane->setCorpusCounts(counts, int(m_corpusPane->documents().size()));
        });
    connect(m_corpusPane, &CorpusPane::exportTimelineRequested, m_corpus,
        &CorpusCommands::exportTimelineWithDialog);
    connect(m_corpusPane, &CorpusPane::exportMatrixRequested, m_corpus,
        &CorpusCommands::exportMatrixWithDialog);
    connect(m_model, &ResolutionModel::documentChanged, this, &MainWindow::updateTitle);
    updateTitle();

    // Defaults first (Reset Layout returns to them), then what the user left last time.
    resize(WindowLayout::defaultWindowSize(screen()));
    m_defaultState = saveState(WindowLayout::Version);
    m_defaultHeader = m_tablePane->tableView()->horizontalHeader()->saveState();
    m_layoutRestored = restoreSettings();
    // A size saved on a larger screen is made to fit this one.
    if (m_layoutRestored && !isMaximized() && !isFullScreen() && screen())
        resize(WindowLayout::fittedWindowSize(size(), screen()->availableGeometry()));
}

MainWindow::~MainWindow()
{
    // The docks hide as the window closes: the corpus view is not read again then.
    disconnect(m_corpusDock, nullptr, this, nullptr);
}

void MainWindow::createCentre()
{
    m_treePane = new SectionTreePane(m_model, this);
    m_reader = new ReaderPane(m_model, this);
    m_tablePane = new ActionTablePane(m_model, this);

    m_readingSplitter = new QSplitter(Qt::Horizontal, this);
    m_readingSplitter->setObjectName(QStringLiteral("readingSplitter"));
    m_readingSplitter->addWidget(m_treePane);
    m_readingSplitter->addWidget(m_reader);
    m_readingSplitter->setStretchFactor(0, 0);
    m_readingSplitter->setStretchFactor(1, 1);
    m_readingSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_readingSplitter);
    m_mainSplitter->addWidget(m_tablePane);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);

    auto *centre = new QWidget(this);
    centre->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->addWidget(m_mainSplitter);
    setCentralWidget(centre);

    setTabOrder(m_treePane, m_reader);
    setTabOrder(m_reader, m_tablePane->filterBar());
}

void MainWindow::createDocks()
{
    const auto makeDock = [this](const QString &name, const QString &title, QWidget *content) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
            | QDockWidget::DockWidgetFloatable);
        content->setParent(dock);
        dock->setWidget(content);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    m_mapPane = new MapPane(m_model);
    m_votePane = new VotePane(m_model);
    m_mapDock = makeDock(QStringLiteral("mapDock"), tr("Map"), m_mapPane);
    m_voteDock = makeDock(QStringLiteral("voteDock"), tr("Vote"), m_votePane);
    // The map over the vote; on a short screen, each a tab of the whole height.
    const QSize first = WindowLayout::defaultWindowSize(screen());
    if (first.height() < WindowLayout::TabbedDocksBelowHeight) {
        tabifyDockWidget(m_mapDock, m_voteDock);
        m_mapDock->raise();
    } else {
        splitDockWidget(m_mapDock, m_voteDock, Qt::Vertical);
        resizeDocks({ m_mapDock, m_voteDock }, { 520, 380 }, Qt::Vertical);
    }
    // About a third of the first width, and so of any later one (DockWidthShare).
    resizeDocks({ m_mapDock }, { first.width() * 31 / 100 }, Qt::Horizontal);
    new DockWidthShare(this, { m_mapDock, m_voteDock });

    // The corpus view: a tab beside the map, shown when a corpus is opened (View > Corpus).
    m_corpusPane = new CorpusPane;
    m_corpusPane->setSelection(m_model->selection());
    m_corpusDock = makeDock(QStringLiteral("corpusDock"), tr("Corpus"), m_corpusPane);
    tabifyDockWidget(m_mapDock, m_corpusDock);
    m_corpusDock->hide();
    m_mapDock->raise();
}

void MainWindow::setInteractive(bool interactive)
{
    m_dialogs->setInteractive(interactive);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    const auto addMenu = [this](const QString &name, const QString &title) {
        QMenu *menu = menuBar()->addMenu(title);
        menu->setObjectName(name);
        return menu;
    };
    const auto addAction
        = [](QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut) {
              QAction *action = menu->addAction(text);
              action->setObjectName(name);
              action->setShortcut(shortcut);
              return action;
          };

    QMenu *file = addMenu(QStringLiteral("menuFile"), tr("&File"));
    file->addActions({ m_files->openAction(), m_online->openProcedureAction() });
    file->addMenu(m_files->recentMenu());
    file->addActions({ m_files->openBundledAction(), m_online->refreshAction() });
    file->addSeparator();
    file->addActions({ m_corpus->openFolderAction(), m_corpus->addCurrentAction() });
    file->addSeparator();
    file->addActions({ m_files->saveAsAction(), m_files->exportActionsAction(),
        m_files->exportMapAction(), m_files->exportChartAction() });
    file->addActions({ m_files->exportBriefAction(), m_files->printAction() });
    file->addSeparator();
    file->addActions({ m_files->importRollCallAction(), m_online->rollCallAction(),
        m_files->removeRollCallAction() });
    file->addSeparator();
    QAction *quit = addAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *edit = addMenu(QStringLiteral("menuEdit"), tr("&Edit"));
    connect(addAction(edit, QStringLiteral("actionFindSection"), tr("&Find in Sections"),
                QKeySequence::Find),
        &QAction::triggered, m_treePane, &SectionTreePane::focusSearch);
    connect(addAction(edit, QStringLiteral("actionFindAction"), tr("Search &Actions"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
        &QAction::triggered, m_tablePane->filterBar(), &FilterBar::focusSearch);
    edit->addSeparator();
    edit->addAction(m_tablePane->filterBar()->clearFiltersAction());
    edit->addSeparator();
    edit->addActions({ m_reader->nextMentionAction(), m_reader->previousMentionAction() });
    edit->addSeparator();
    edit->addActions(
        { m_tablePane->filterBar()->backAction(), m_tablePane->filterBar()->forwardAction() });

    QMenu *view = addMenu(QStringLiteral("menuView"), tr("&View"));
    QAction *showMap = m_mapDock->toggleViewAction();
    showMap->setObjectName(QStringLiteral("actionShowMap"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showVote = m_voteDock->toggleViewAction();
    showVote->setObjectName(QStringLiteral("actionShowVote"));
    showVote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *showCorpus = m_corpusDock->toggleViewAction();
    showCorpus->setObjectName(QStringLiteral("actionShowCorpus"));
    showCorpus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addActions({ showMap, showVote, showCorpus });
    connect(showCorpus, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            showCorpusDock();
    });
    view->addSeparator();
    QAction *reset = addAction(view, QStringLiteral("actionResetLayout"), tr("&Reset Layout"), {});
    reset->setStatusTip(tr("Put the panes and docks back where they were at first start"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *help = addMenu(QStringLiteral("menuHelp"), tr("&Help"));
    connect(addAction(help, QStringLiteral("actionUserGuide"), tr("&User Guide"),
                QKeySequence::HelpContents),
        &QAction::triggered, this, [this] {
            auto *guide = new UserGuideDialog(this);
            guide->setAttribute(Qt::WA_DeleteOnClose);
            guide->show();
        });
    connect(
        addAction(help, QStringLiteral("actionKeyboardShortcuts"), tr("&Keyboard Shortcuts"), {}),
        &QAction::triggered, this, [this] {
            auto *shortcuts = new KeyboardShortcutsDialog(this, this);
            shortcuts->setAttribute(Qt::WA_DeleteOnClose);
            shortcuts->show();
        });
    help->addSeparator();
    QAction *about
        = addAction(help, QStringLiteral("actionAbout"), tr("&About Resolution Explorer"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        m_dialogs->inform(tr("About Resolution Explorer"), aboutText(), windowIcon().pixmap(64, 64),
            QStringLiteral("aboutBox"));
    });
    QAction *aboutQt = addAction(help, QStringLiteral("actionAboutQt"), tr("About &Qt"), {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::saveSettings() const
{
    WindowLayout layout;
    layout.geometry = saveGeometry();
    layout.windowState = saveState(WindowLayout::Version);
    layout.mainSplitter = m_mainSplitter->saveState();
    layout.readingSplitter = m_readingSplitter->saveState();
    layout.tableHeader = m_tablePane->tableView()->horizontalHeader()->saveState();
    // The filter without its section: "this section only" applies to the section read next.
    layout.filter = m_model->selection()->filter();
    layout.filter.section.clear();
    QSettings settings;
    layout.save(settings);
}

bool MainWindow::restoreSettings()
{
    QSettings settings;
    const auto layout = WindowLayout::load(settings);
    if (layout)
        applyLayout(*layout);
    else
        settings.remove(QLatin1String(WindowLayout::SettingsKey)); // logged by load(); not kept
    return layout.has_value();
}

void MainWindow::applyDefaultSizes()
{
    // The tree wide enough for most titles, the reader the rest; text over table a bit more.
    const int em = fontMetrics().averageCharWidth();
    const int width = m_readingSplitter->width();
    const int tree = std::clamp(em * 62, std::min(em * 30, width / 2), width * 2 / 5);
    m_readingSplitter->setSizes({ tree, width - tree });
    const int height = m_mainSplitter->height();
    m_mainSplitter->setSizes({ height * 54 / 100, height - height * 54 / 100 });
}

void MainWindow::applyLayout(const WindowLayout &layout)
{
    restoreGeometry(layout.geometry);
    restoreState(layout.windowState, WindowLayout::Version);
    m_mainSplitter->restoreState(layout.mainSplitter);
    m_readingSplitter->restoreState(layout.readingSplitter);
    m_tablePane->tableView()->horizontalHeader()->restoreState(layout.tableHeader);

    // The filter only as far as this document can apply it.
    m_model->selection()->setFilter(FilterCheck(layout.filter, m_model->document()).checked());
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, WindowLayout::Version);
    m_mapDock->show();
    m_voteDock->show();
    m_tablePane->tableView()->horizontalHeader()->restoreState(m_defaultHeader);
    if (!isMaximized() && !isFullScreen())
        resize(WindowLayout::defaultWindowSize(screen()));
    applyDefaultSizes();
}

void MainWindow::updateTitle()
{
    const Procedure &procedure = m_model->document().procedure;
    QStringList parts;
    if (!procedure.title.isEmpty())
        parts << procedure.title;
    if (!procedure.reference.isEmpty())
        parts << procedure.reference;
    parts << tr("Resolution Explorer");
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::showCorpusDock()
{
    m_corpusDock->show();
    m_corpusDock->raise();
    // Several resolutions side by side need room: about half the width, most of the height.
    const int wanted = width() * 45 / 100;
    if (!m_corpusDock->isFloating() && m_corpusDock->width() < wanted)
        resizeDocks({ m_corpusDock }, { wanted }, Qt::Horizontal);
    if (!m_corpusDock->isFloating() && !m_voteDock->isHidden()
        && !tabifiedDockWidgets(m_corpusDock).contains(m_voteDock)
        && dockWidgetArea(m_voteDock) == dockWidgetArea(m_corpusDock)) {
        const int height = m_corpusDock->height() + m_voteDock->height();
        resizeDocks(
            { m_corpusDock, m_voteDock }, { height * 68 / 100, height * 32 / 100 }, Qt::Vertical);
    }
}

void MainWindow::updateCorpusLibrary()
{
    Library *library = m_corpusDock->isHidden() ? nullptr : m_corpus->library();
    if (library != m_corpusPane->library())
        m_corpusPane->setLibrary(library);
    else if (library)
        m_corpusPane->refresh();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Splitter sizes need the real widths: the first show of a window with no saved layout.
    if (!m_shown && !m_layoutRestored)
        applyDefaultSizes();
    m_shown = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileCommands::openableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = FileCommands::openableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    m_files->openFileInBackground(files.first());
}

} // namespace re
