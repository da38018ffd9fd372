// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMimeData;
class QPrinter;

namespace re {

class ActionTablePane;
struct BriefOptions;
class MapPane;
class RecentFilesMenu;
class ResolutionModel;
class UserDialogs;
class VotePane;

/// The window's file commands: open (from a dialog, the recent files or a drop), save, the
/// exports and the roll-call data, each a QAction the window puts in its menus. The work is the
/// current DocumentSession's; this class asks the user (through UserDialogs), reads what the
/// panes show (the table's rows, the map's region, the chart kind) and reports failures in one
/// sentence, keeping the document.
class FileCommands : public QObject
{
    Q_OBJECT
public:
    FileCommands(ResolutionModel *model, UserDialogs *dialogs, QWidget *parent);

    /// Local files among dropped URLs that the window can open.
    static QStringList openableFiles(const QMimeData *mime);

    /// The panes whose shown content the exports write.
    void setPanes(ActionTablePane *table, MapPane *map, VotePane *vote);

    QAction *openAction() const { return m_open; }
    /// File > Open Bundled Resolution: back to the resolution that comes with the program.
    QAction *openBundledAction() const { return m_openBundled; }
    RecentFilesMenu *recentMenu() const { return m_recent; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *exportActionsAction() const { return m_exportActions; }
    QAction *exportMapAction() const { return m_exportMap; }
    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportBriefAction() const { return m_exportBrief; }
    QAction *printAction() const { return m_print; }
    QAction *importRollCallAction() const { return m_importRollCall; }
    QAction *removeRollCallAction() const { return m_removeRollCall; }

    /// Opens a summary (.md, .txt, .html, .htm) or a saved document (.json) at once. On failure
    /// warns in one sentence and keeps the document.
    bool openFile(const QString &path);
    /// The same on a worker thread (DocumentSession::open()): the window goes on, the newest
    /// open wins; openingFinished() follows.
    void openFileInBackground(const QString &path);
    bool isOpening() const;
    bool saveDocumentAs(const QString &path);
    /// Writes the actions the table shows, in its order, as CSV or JSON (by extension).
    bool exportActions(const QString &path);
    /// Writes the map as the map pane shows it (PNG, SVG or PDF by extension).
    bool exportMapImage(const QString &path);
    /// Writes the vote chart the vote pane shows.
    bool exportChartImage(const QString &path);
    /// Writes the brief (BriefExport) of what the window shows: the table's rows in its order,
    /// the filter, the map's region and colouring.
    bool exportBriefPdf(const QString &path);
    /// Prints the same brief on `printer`.
    bool printBrief(QPrinter *printer);
    /// Attaches roll-call data (a folder or files); warns on failure.
    bool importRollCall(const QStringList &paths);

    void openWithDialog();
    void saveAsWithDialog();
    void exportActionsWithDialog();
    void exportMapWithDialog();
    void exportChartWithDialog();
    void exportBriefWithDialog();
    void printWithDialog();
    void importRollCallWithDialog();

Q_SIGNALS:
    /// A background open ended: opened, refused (after a warning) or replaced by a newer one.
    void openingFinished(const QString &path, bool opened);
    /// The status bar's message while a file opens; empty when done.
    void statusMessage(const QString &message);
    /// A file was saved or exported: one sentence naming its path, for the status bar to show
    /// for a few seconds.
    void fileWritten(const QString &message);
    /// Roll-call data was attached (the window shows the vote).
    void rollCallAttached();

private:
    QAction *addAction(const QString &name, const QString &text, const QString &tip);
    void updateActions();
    /// What the brief shows besides the table's rows: the filter, the map as it is shown.
    BriefOptions briefOptions() const;
    /// A warning when the document just opened does not read like a summary (summaryWarning()).
    void warnIfNotASummary(const QString &path);
    /// For a roll-call record (.xml) whose totals do not single out the document's vote, asks
    /// the user which vote it is (*voteId); false when the user cancels.
    bool chooseRecordedVoteOf(const QString &path, QString *voteId);
    /// For HowTheyVote's export whose procedure has no main vote or several, asks the user
    /// which vote it is (*voteId); false when the user cancels.
    bool chooseExportedVoteOf(const QString &path, QString *voteId);
    /// Warns with `what` (the file name and the error) when not ok; when ok, remembers the
    /// folder and, with a `done` message ("Map exported to %1"), confirms it with the path.
    bool report(bool ok, const QString &what, const QString &path, const QString &error,
        const QString &boxName, const QString &done = {});

    ResolutionModel *m_model;
    UserDialogs *m_dialogs;
    ActionTablePane *m_table = nullptr;
    MapPane *m_map = nullptr;
    VotePane *m_vote = nullptr;
    RecentFilesMenu *m_recent;
    QAction *m_open;
    QAction *m_openBundled;
    QAction *m_saveAs;
    QAction *m_exportActions;
    QAction *m_exportMap;
    QAction *m_exportChart;
    QAction *m_exportBrief;
    QAction *m_print;
    QAction *m_importRollCall;
    QAction *m_removeRollCall;
};

} // namespace re
