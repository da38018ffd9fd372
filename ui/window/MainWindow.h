// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QSplitter;

namespace re {

class ActionTablePane;
class CorpusCommands;
class CorpusPane;
class FileCommands;
class MapPane;
class OnlineCommands;
class ReaderPane;
class ResolutionModel;
class SectionTreePane;
class UserDialogs;
class VotePane;
struct WindowLayout;

/// The explorer window. It only assembles: the section tree, the reader and the action table
/// (with its filter bar) in the centre, the map and the vote in docks, the menus, the status
/// bar and the file commands (FileCommands, asking through UserDialogs). Every pane reads the
/// one ResolutionModel and its SelectionState; none talks to another. The layout and the last
/// filter are restored from QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The window does not own the model.
    explicit MainWindow(ResolutionModel *model, QWidget *parent = nullptr);
    ~MainWindow() override;

    FileCommands *fileCommands() const { return m_files; }
    OnlineCommands *onlineCommands() const { return m_online; }
    CorpusCommands *corpusCommands() const { return m_corpus; }
    UserDialogs *dialogs() const { return m_dialogs; }
    /// When false, no dialog opens (tests): see UserDialogs.
    void setInteractive(bool interactive);

    /// Stores the layout and the filter in QSettings; done on close.
    void saveSettings() const;
    /// Back to the default arrangement of panes and docks (View > Reset Layout).
    void resetLayout();

Q_SIGNALS:
    /// One sentence describing a failure (also shown in a message box when interactive).
    void errorShown(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createCentre();
    void createDocks();
    void createMenus();
    bool restoreSettings();
    void applyDefaultSizes();
    void applyLayout(const WindowLayout &layout);
    void updateTitle();
    /// Gives the corpus view the library while it is shown (opened at the first show).
    void updateCorpusLibrary();
    /// Shows and raises the corpus view with room for it.
    void showCorpusDock();

    ResolutionModel *m_model;
    UserDialogs *m_dialogs;
    FileCommands *m_files;
    OnlineCommands *m_online;
    CorpusCommands *m_corpus;
    SectionTreePane *m_treePane = nullptr;
    ReaderPane *m_reader = nullptr;
    ActionTablePane *m_tablePane = nullptr;
    MapPane *m_mapPane = nullptr;
    VotePane *m_votePane = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_readingSplitter = nullptr;
    QDockWidget *m_mapDock = nullptr;
    QDockWidget *m_voteDock = nullptr;
    CorpusPane *m_corpusPane = nullptr;
    QDockWidget *m_corpusDock = nullptr;
    QByteArray m_defaultState;
    QByteArray m_defaultHeader;
    bool m_layoutRestored = false;
    bool m_shown = false;
};

} // namespace re
