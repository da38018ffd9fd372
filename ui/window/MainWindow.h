// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QMainWindow>

#include <optional>

class QDockWidget;
class QLabel;
class QSplitter;

namespace re {

class ActionTablePane;
class MapPane;
class ReaderPane;
class RecentFilesMenu;
class ResolutionModel;
class SectionTreePane;
class VotePane;
struct WindowLayout;

/// The explorer window. It only assembles: the section tree, the reader and the action table
/// (with its filter bar) in the centre, the map and the vote in docks, the menus and the file
/// commands. Every pane reads the one ResolutionModel and its SelectionState; none talks to
/// another. The layout and the last filters are restored from QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The window does not own the model.
    explicit MainWindow(ResolutionModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a summary (.md, .txt, .html, .htm) or a saved document (.json). On failure shows
    /// one message, emits errorShown() and leaves the current document as it was.
    bool openFile(const QString &path);
    /// The same, reading and importing the file on a worker thread while the window goes on
    /// (the status bar says which file is opening), as the Open dialog, the recent files and
    /// dropped files do: a long summary takes seconds to import. A newer open replaces one still
    /// running; openingFinished() follows either way.
    void openFileInBackground(const QString &path);
    /// Whether a file is being opened in the background.
    bool isOpening() const { return m_opening > 0; }
    /// Saves the document as JSON (atomically). Shows the message on failure.
    bool saveDocumentAs(const QString &path);
    /// Writes the actions the table shows, in its order, as CSV or JSON (by extension).
    bool exportActions(const QString &path);
    /// Writes the map as the map pane shows it (PNG, SVG or PDF by extension).
    bool exportMapImage(const QString &path);

    /// When false, errors are not shown in modal boxes (tests); errorShown() is always emitted.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    /// Stores the layout and the filters in QSettings; done on close.
    void saveSettings() const;
    /// Back to the default arrangement of panes and docks (View > Reset Layout).
    void resetLayout();

    /// The text of Help > About.
    QString aboutText() const;

Q_SIGNALS:
    /// One sentence describing a failure (also shown in a message box when interactive).
    void errorShown(const QString &message);
    /// A background open ended: opened, refused (with errorShown()) or replaced by a newer one.
    void openingFinished(const QString &path, bool opened);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentre();
    void createDocks();
    void createMenus();
    /// What openFile() and openFileInBackground() do with a file's import.
    bool finishOpen(const QString &path, std::optional<Document> document, const QString &error);
    bool restoreSettings();
    void applyDefaultSizes();
    void applyLayout(const WindowLayout &layout);
    void updateTitle();
    void updateStatus();
    void showError(const QString &message, const QString &boxName);

    void openWithDialog();
    void saveAsWithDialog();
    void exportActionsWithDialog();
    void exportMapWithDialog();
    void showAbout();

    ResolutionModel *m_model;
    SectionTreePane *m_treePane = nullptr;
    ReaderPane *m_reader = nullptr;
    ActionTablePane *m_tablePane = nullptr;
    MapPane *m_mapPane = nullptr;
    VotePane *m_votePane = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_readingSplitter = nullptr;
    QDockWidget *m_mapDock = nullptr;
    QDockWidget *m_voteDock = nullptr;
    RecentFilesMenu *m_recent = nullptr;
    QLabel *m_statusDocument = nullptr;
    QLabel *m_statusVote = nullptr;
    QByteArray m_defaultState;
    QByteArray m_defaultHeader;
    QString m_lastDirectory;
    bool m_interactive = true;
    int m_opening = 0;           ///< background opens running
    quint64 m_openGeneration = 0; ///< of the newest background open
    bool m_layoutRestored = false;
    bool m_shown = false;
};

} // namespace re
