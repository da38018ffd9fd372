// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>

class QAction;
class QFileSystemWatcher;
class QProgressDialog;
class QTimer;
class QWidget;

namespace re {

class CorpusPane;
class Library;
class ResolutionModel;
class UserDialogs;

/// The window's corpus commands: File > Open Folder as Corpus (the folder's summaries added to
/// the user's library on a worker, with progress and Cancel, then that folder's corpus shown),
/// File > Add to Corpus (the document being read), and opening a resolution of the library in
/// the window. Holds the window's connection to the library (Library::defaultPath() unless
/// set otherwise) and tells when the library changed, by this window, another one of this
/// program, or another program (the file is watched). A library that is newer or damaged is
/// reported in one sentence and the document kept.
class CorpusCommands : public QObject
{
    Q_OBJECT
public:
    CorpusCommands(ResolutionModel *model, UserDialogs *dialogs, QWidget *window);
    ~CorpusCommands() override;

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *addCurrentAction() const { return m_addCurrent; }

    /// The library file used (Library::defaultPath() by default). Setting it closes the one
    /// open; tests point it into a temporary folder.
    QString libraryPath() const { return m_path; }
    void setLibraryPath(const QString &path);
    /// The library, opened at the first ask; nullptr (after one warning) when it cannot be.
    Library *library();

    /// Adds the summaries of `folder` on a worker; corpusAdded() follows, unless cancelled.
    void openFolder(const QString &folder);
    void openFolderWithDialog();
    bool isAdding() const { return m_cancel != nullptr; }
    /// Stops adding after the file being read (those added stay in the library).
    void cancelAdding();
    /// Adds the document being read; false after a warning.
    bool addCurrentDocument();
    /// The corpus view whose timeline and matrix the exports write.
    void setPane(CorpusPane *pane);
    /// Writes the corpus view's timeline (PNG, SVG or PDF by extension).
    bool exportTimelineImage(const QString &path);
    /// Writes the corpus view's matrix, in its order (PNG or SVG by extension).
    bool exportMatrixImage(const QString &path);
    void exportTimelineWithDialog();
    void exportMatrixWithDialog();

    /// Opens a document of the library in the window, and selects its statement `actionId`
    /// (when not empty) so that the reader shows it.
    bool openFromLibrary(qint64 documentId, const QString &actionId = {});

Q_SIGNALS:
    /// Documents were added: the corpus to show is `folder`'s (empty: the whole library).
    void corpusAdded(const QString &folder);
    /// The library's contents changed (here or elsewhere): the corpus views read it again.
    void libraryChanged();
    /// The status bar's message while documents are added; empty when done.
    void statusMessage(const QString &message);
    /// An image was written: one sentence naming its path.
    void fileWritten(const QString &message);

private:
    void addingProgressed(int done, int total);
    void addingFinished(const QString &folder, int added, int total, const QStringList &problems,
        const QString &error, bool cancelled);
    void watchLibrary();
    void announceWrite();

    ResolutionModel *m_model;
    UserDialogs *m_dialogs;
    QWidget *m_window;
    CorpusPane *m_pane = nullptr;
    QString m_path;
    std::unique_ptr<Library> m_library;
    bool m_refused = false; ///< the library could not be opened (and the user was told)
    QAction *m_openFolder;
    QAction *m_addCurrent;
    QProgressDialog *m_progress = nullptr;
    QFileSystemWatcher *m_watcher;
    QTimer *m_changed; ///< gathers the watcher's signals of one write
    /// Of the folder being added, null when none is.
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_worker;
};

} // namespace re
