// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QObject>

class QAction;
class QWidget;

namespace re {

class HowTheyVoteFetch;
class OpenProcedureDialog;
class RecentFilesMenu;
class ResolutionModel;
class UserDialogs;

/// The window's commands that go online, and only when the user asks: File > Open Procedure
/// (the dialog), File > Refresh from Source (the open resolution fetched again from the
/// Legislative Observatory) and Get Roll-Call from HowTheyVote.eu (the vote's breakdowns, the
/// user choosing among several final votes). A fetched resolution becomes the session's
/// document and appears in Open Recent by its title (its saved copy in the cache).
class OnlineCommands : public QObject
{
    Q_OBJECT
public:
    OnlineCommands(
        ResolutionModel *model, UserDialogs *dialogs, RecentFilesMenu *recent, QWidget *window);

    QAction *openProcedureAction() const { return m_openProcedure; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *rollCallAction() const { return m_rollCall; }
    /// The roll-call job, for the status bar's busy bar and Cancel.
    HowTheyVoteFetch *rollCallFetch() const { return m_rollCallFetch; }

    /// Shows the Open Procedure dialog, empty or filled with `text` and started.
    void openProcedure(const QString &text = {}, bool refresh = false);
    void getRollCall();

Q_SIGNALS:
    /// The status bar's message while a job runs; empty when done.
    void statusMessage(const QString &message);
    /// Roll-call data was attached (the window shows the vote).
    void rollCallAttached();

private:
    void documentFetched(const Document &document);
    void updateActions();

    ResolutionModel *m_model;
    UserDialogs *m_dialogs;
    RecentFilesMenu *m_recent;
    QWidget *m_window;
    OpenProcedureDialog *m_dialog = nullptr;
    HowTheyVoteFetch *m_rollCallFetch;
    QAction *m_openProcedure;
    QAction *m_refresh;
    QAction *m_rollCall;
};

} // namespace re
