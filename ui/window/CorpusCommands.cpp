// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/CorpusCommands.h"

#include "corpus/CorpusImageExport.h"
#include "corpus/CorpusPane.h"
#include "import/DocumentLoader.h"
#include "library/Library.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "session/DocumentSession.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Every window's commands, so that a write by one tells the others on the same library at
/// once (other programs are noticed through the file watcher).
QList<CorpusCommands *> &allCommands()
{
    static QList<CorpusCommands *> commands;
    return commands;
}

} // namespace

CorpusCommands::CorpusCommands(ResolutionModel *model, UserDialogs *dialogs, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_path(Library::defaultPath())
    , m_openFolder(new QAction(tr("Open &Folder as Corpus…"), this))
    , m_addCurrent(new QAction(tr("Add to &Corpus"), this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_changed(new QTimer(this))
{
    m_worker.setMaxThreadCount(1);
    m_openFolder->setObjectName(u"actionOpenFolderAsCorpus"_s);
    m_openFolder->setStatusTip(
        tr("Add every summary of a folder to your library and show them together"));
    m_addCurrent->setObjectName(u"actionAddToCorpus"_s);
    m_addCurrent->setStatusTip(tr("Add the resolution being read to your library"));
    connect(m_openFolder, &QAction::triggered, this, &CorpusCommands::openFolderWithDialog);
    connect(m_addCurrent, &QAction::triggered, this, &CorpusCommands::addCurrentDocument);
    const auto updateAdd = [this] {
        m_addCurrent->setEnabled(m_model->session()->source().kind != DocumentSource::Kind::None
            || !m_model->document().paragraphs.isEmpty());
    };
    connect(m_model, &ResolutionModel::documentChanged, this, updateAdd);
    updateAdd();

    // A write is several file changes: one libraryChanged() for them.
    m_changed->setSingleShot(true);
    m_changed->setInterval(150);
    connect(m_changed, &QTimer::timeout, this, &CorpusCommands::libraryChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        m_refused = false;
        watchLibrary(); // a file replaced is no longer watched
        m_changed->start();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) {
            watchLibrary();
            m_changed->start();
        }
    });
    watchLibrary();
    allCommands().append(this);
}

CorpusCommands::~CorpusCommands()
{
    allCommands().removeOne(this);
    if (m_cancel)
        m_cancel->store(true);
    m_worker.waitForDone();
}

void CorpusCommands::setLibraryPath(const QString &path)
{
    m_library.reset();
    m_refused = false;
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_path = path;
    watchLibrary();
    Q_EMIT libraryChanged();
}

void CorpusCommands::watchLibrary()
{
    if (QFileInfo::exists(m_path)) {
        if (!m_watcher->files().contains(m_path))
            m_watcher->addPath(m_path);
    } else {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (QFileInfo(folder).isDir() && !m_watcher->directories().contains(folder))
            m_watcher->addPath(folder);
    }
}

Library *CorpusCommands::library()
{
    if (m_library)
        return m_library.get();
    if (m_refused)
        return nullptr; // said once; asked again once the file changed or another is chosen
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    m_library = Library::open(m_path, &error);
    if (!m_library) {
        m_refused = true;
        m_dialogs->warn(
            tr("Your library %1 cannot be used: %2.").arg(QDir::toNativeSeparators(m_path), error),
            u"corpusLibraryBox"_s);
        return nullptr;
    }
    watchLibrary();
    return m_library.get();
}

void CorpusCommands::announceWrite()
{
    watchLibrary();
    for (CorpusCommands *commands : allCommands()) {
        if (QFileInfo(commands->m_path) == QFileInfo(m_path))
            Q_EMIT commands->libraryChanged();
    }
}

void CorpusCommands::openFolderWithDialog()
{
    const QString folder = m_dialogs->chooseFolder(tr("Open Folder as Corpus"));
    if (!folder.isEmpty())
        openFolder(folder);
}

void CorpusCommands::openFolder(const QString &folder)
{
    if (isAdding() || !library())
        return;
    m_dialogs->rememberDirectoryOf(QDir(folder).filePath(u"."_s));
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    const QStringList files = Library::folderFiles(absolute);
    if (files.isEmpty()) {
        m_dialogs->warn(tr("The folder %1 holds no summary (.md, .txt, .html, .htm) or saved "
                           "document (.json).")
                            .arg(QDir::toNativeSeparators(absolute)),
            u"corpusFolderBox"_s);
        return;
    }

    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_openFolder->setEnabled(false);
    m_progress = new QProgressDialog(
        tr("Adding the summaries of %1 to your library…").arg(QDir(absolute).dirName()),
        tr("Cancel"), 0, int(files.size()), m_window);
    m_progress->setObjectName(u"corpusProgress"_s);
    m_progress->setWindowTitle(tr("Open Folder as Corpus"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &CorpusCommands::cancelAdding);
    Q_EMIT statusMessage(tr("Adding %Ln summaries to your library…", nullptr, int(files.size())));

    // The worker writes through a connection of its own; this window's reads the result.
    const QPointer<CorpusCommands> self(this);
    const QString path = m_path;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_worker.start([self, path, absolute, files, cancel] {
        QString error;
        QStringList problems;
        int added = 0;
        const std::unique_ptr<Library> library = Library::open(path, &error);
        if (library) {
            // The library's own folder reading: files read on the other cores, written in a
            // few transactions.
            added = library->addFolder(absolute, &problems, [self, cancel](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, done, total] {
                        if (self)
                            self->addingProgressed(done, total);
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(
            self,
            [self, absolute, added, total = int(files.size()), problems, error, cancelled] {
                if (self)
                    self->addingFinished(absolute, added, total, problems, error, cancelled);
            },
            Qt::QueuedConnection);
    });
}

void CorpusCommands::cancelAdding()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CorpusCommands::addingProgressed(int done, int total)
{
    if (m_progress)
        m_progress->setValue(std::min(done, total));
}

void CorpusCommands::addingFinished(const QString &folder, int added, int total,
    const QStringList &problems, const QString &error, bool cancelled)
{
    m_cancel.reset();
    m_openFolder->setEnabled(true);
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    Q_EMIT statusMessage({});
    if (!error.isEmpty()) {
        m_dialogs->warn(
            tr("Your library %1 cannot be used: %2.").arg(QDir::toNativeSeparators(m_path), error),
            u"corpusLibraryBox"_s);
        return;
    }
    if (added > 0)
        announceWrite();
    if (cancelled) {
        Q_EMIT statusMessage(
            tr("Stopped: %1 of %Ln summaries added to your library.", nullptr, total)
                .arg(QLocale().toString(added)));
    } else if (!problems.isEmpty()) {
        m_dialogs->warn(tr("%1 of %Ln files could not be added to your library: %2", nullptr, total)
                            .arg(QLocale().toString(problems.size()))
                            .arg(problems.join(u"; "_s)),
            u"corpusProblemsBox"_s);
    }
    if (added > 0 || !cancelled)
        Q_EMIT corpusAdded(folder);
}

bool CorpusCommands::addCurrentDocument()
{
    Library *lib = library();
    if (!lib)
        return false;
    const DocumentSource &source = m_model->session()->source();
    QString error;
    if (!lib->addDocument(m_model->document(), source.location, &error)) {
        m_dialogs->warn(tr("The resolution could not be added to your library: %1.").arg(error),
            u"corpusAddBox"_s);
        return false;
    }
    announceWrite();
    const QString folder = source.kind == DocumentSource::Kind::File
        ? QFileInfo(source.location).absolutePath()
        : QString();
    Q_EMIT corpusAdded(folder);
    return true;
}

void CorpusCommands::setPane(CorpusPane *pane)
{
    m_pane = pane;
}

bool CorpusCommands::exportTimelineImage(const QString &path)
{
    QString error;
    const bool ok = m_pane
        && exportTimeline(m_pane->documents(), m_pane->title(), path,
            timelineExportOptions(m_pane->title()), &error);
    if (!ok) {
        m_dialogs->warn(tr("The timeline could not be exported to %1: %2.")
                            .arg(QDir::toNativeSeparators(path), error),
            u"corpusExportBox"_s);
        return false;
    }
    m_dialogs->rememberDirectoryOf(path);
    Q_EMIT fileWritten(tr("Timeline exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool CorpusCommands::exportMatrixImage(const QString &path)
{
    QString error;
    const bool ok = m_pane
        && exportMatrix(m_pane->matrix(), m_pane->title(), path,
            matrixExportOptions(m_pane->matrix(), m_pane->title()), &error);
    if (!ok) {
        m_dialogs->warn(tr("The matrix could not be exported to %1: %2.")
                            .arg(QDir::toNativeSeparators(path), error),
            u"corpusExportBox"_s);
        return false;
    }
    m_dialogs->rememberDirectoryOf(path);
    Q_EMIT fileWritten(tr("Matrix exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CorpusCommands::exportTimelineWithDialog()
{
    const QString path
        = m_dialogs->chooseFileToSave(tr("Export Timeline"), u"corpus-timeline.png"_s,
            { { tr("PNG image (*.png)"), u"png"_s }, { tr("SVG image (*.svg)"), u"svg"_s },
                { tr("PDF document (*.pdf)"), u"pdf"_s } });
    if (!path.isEmpty())
        exportTimelineImage(path);
}

void CorpusCommands::exportMatrixWithDialog()
{
    const QString path = m_dialogs->chooseFileToSave(tr("Export Matrix"), u"corpus-matrix.png"_s,
        { { tr("PNG image (*.png)"), u"png"_s }, { tr("SVG image (*.svg)"), u"svg"_s } });
    if (!path.isEmpty())
        exportMatrixImage(path);
}

bool CorpusCommands::openFromLibrary(qint64 documentId, const QString &actionId)
{
    Library *lib = library();
    if (!lib)
        return false;
    QString error;
    std::optional<Document> document = lib->document(documentId, &error);
    if (!document) {
        m_dialogs->warn(tr("The resolution could not be opened from your library: %1.").arg(error),
            u"corpusOpenBox"_s);
        return false;
    }
    QString sourcePath;
    for (const LibraryEntry &entry : lib->documents()) {
        if (entry.id == documentId)
            sourcePath = entry.sourcePath;
    }
    DocumentSession *session = m_model->session();
    session->cancelOpen(); // a file still being read would replace it
    // The source names the file the library read it from.
    DocumentSource source;
    if (!sourcePath.isEmpty()) {
        source.kind = sourcePath.startsWith(u':') ? DocumentSource::Kind::Bundled
                                                  : DocumentSource::Kind::File;
        source.location = sourcePath;
    }
    session->setDocument(std::move(*document), source);
    if (!actionId.isEmpty() && m_model->action(actionId))
        m_model->selection()->setCurrentAction(actionId);
    return true;
}

} // namespace re
