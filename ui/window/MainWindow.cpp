// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/MainWindow.h"

#include "map/MapPane.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "voteview/VotePane.h"
#include "window/ActionTablePane.h"
#include "window/FilterBar.h"
#include "window/ReaderPane.h"
#include "window/SectionTreePane.h"
#include "window/WindowLayout.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace re {

namespace {

const QSize DefaultSize(1600, 1000);

/// The first-start size: DefaultSize where the screen has room, else most of the screen.
QSize defaultSizeFor(const QScreen *screen)
{
    const QSize available = screen ? screen->availableSize() : DefaultSize;
    return available.width() >= DefaultSize.width() && available.height() >= DefaultSize.height()
        ? DefaultSize
        : (available * 0.92).boundedTo(DefaultSize);
}

/// Local files among dropped URLs that the window can open.
QStringList openableFiles(const QMimeData *mime)
{
    static const QStringList suffixes { QStringLiteral("md"), QStringLiteral("txt"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("json") };
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            files << url.toLocalFile();
    }
    return files;
}

} // namespace

MainWindow::MainWindow(ResolutionModel *model, QWidget *parent)
    : QMainWindow(parent), m_model(model)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createCentre();
    createDocks();
    createMenus();

    m_statusDocument = new QLabel(this);
    m_statusDocument->setObjectName(QStringLiteral("statusDocument"));
    m_statusVote = new QLabel(this);
    m_statusVote->setObjectName(QStringLiteral("statusVote"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusDocument, 1);
    statusBar()->addPermanentWidget(m_statusVote);

    connect(m_model, &ResolutionModel::documentChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_model, &ResolutionModel::voteChanged, this, &MainWindow::updateStatus);
    // The reader marks the words searched for in the tree.
    connect(
        m_treePane, &SectionTreePane::searchTextChanged, m_reader, &ReaderPane::setSearchHighlight);
    updateTitle();
    updateStatus();

    // Defaults first (Reset Layout returns to them), then what the user left last time.
    resize(defaultSizeFor(screen()));
    m_defaultState = saveState(WindowLayout::Version);
    m_defaultHeader = m_tablePane->tableView()->horizontalHeader()->saveState();
    m_layoutRestored = restoreSettings();
}

MainWindow::~MainWindow() = default;

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
    splitDockWidget(m_mapDock, m_voteDock, Qt::Vertical);
    resizeDocks({ m_mapDock }, { DefaultSize.width() * 31 / 100 }, Qt::Horizontal);
    resizeDocks({ m_mapDock, m_voteDock }, { 520, 380 }, Qt::Vertical);
}

void MainWindow::saveSettings() const
{
    WindowLayout layout;
    layout.geometry = saveGeometry();
    layout.windowState = saveState(WindowLayout::Version);
    layout.mainSplitter = m_mainSplitter->saveState();
    layout.readingSplitter = m_readingSplitter->saveState();
    layout.tableHeader = m_tablePane->tableView()->horizontalHeader()->saveState();
    const SelectionState *state = m_model->selection();
    layout.entityFilter = state->entityFilter();
    layout.themeFilter = state->themeFilter();
    layout.verbFilter = state->verbFilter();
    layout.sectionOnly = state->sectionOnly();
    layout.searchText = state->searchText();
    QSettings settings;
    layout.save(settings);
}

bool MainWindow::restoreSettings()
{
    const QSettings settings;
    const auto layout = WindowLayout::load(settings);
    if (layout)
        applyLayout(*layout);
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

    // Filters only as far as this document offers them.
    const Document &document = m_model->document();
    QStringList entities;
    for (const QString &id : layout.entityFilter) {
        if (document.entityIndex(id) >= 0)
            entities << id;
    }
    const bool themeKnown = std::any_of(document.actions.cbegin(), document.actions.cend(),
        [&layout](const Action &action) { return action.themes.contains(layout.themeFilter); });
    SelectionState *state = m_model->selection();
    state->setEntityFilter(entities);
    state->setThemeFilter(themeKnown ? layout.themeFilter : QString());
    state->setVerbFilter(verbKindFromKey(layout.verbFilter) ? layout.verbFilter : QString());
    state->setSectionOnly(layout.sectionOnly);
    state->setSearchText(layout.searchText);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, WindowLayout::Version);
    m_mapDock->show();
    m_voteDock->show();
    m_tablePane->tableView()->horizontalHeader()->restoreState(m_defaultHeader);
    if (!isMaximized() && !isFullScreen())
        resize(defaultSizeFor(screen()));
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

void MainWindow::updateStatus()
{
    const Document &document = m_model->document();
    const QString source = document.sourceName.startsWith(u':')
        ? tr("Bundled summary from the Legislative Observatory")
        : QFileInfo(document.sourceName).fileName();
    m_statusDocument->setText(
        tr("%1  \u00b7  Sections: %2  \u00b7  Paragraphs: %3  \u00b7  Actions: %4  \u00b7  "
           "Entities: %5")
            .arg(source)
            .arg(document.sections.size())
            .arg(document.paragraphs.size())
            .arg(document.actions.size())
            .arg(document.entities.size()));
    m_statusDocument->setToolTip(document.sourceName);
    if (document.vote) {
        const Vote &vote = *document.vote;
        m_statusVote->setText(tr("%1: %2 for, %3 against, %4 abstentions")
                                  .arg(vote.adopted() ? tr("Adopted") : tr("Rejected"))
                                  .arg(vote.votesFor)
                                  .arg(vote.against)
                                  .arg(vote.abstentions));
    } else {
        m_statusVote->setText(tr("No vote in this document"));
    }
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
    if (!openableFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = openableFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFileInBackground(files.first());
}

} // namespace re
