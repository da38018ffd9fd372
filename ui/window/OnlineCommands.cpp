// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/OnlineCommands.h"

#include "model/ResolutionModel.h"
#include "online/HowTheyVoteFetch.h"
#include "online/OnlineSources.h"
#include "online/ProcedureFetch.h"
#include "session/DocumentSession.h"
#include "window/OpenProcedureDialog.h"
#include "window/RecentFilesMenu.h"
#include "window/UserDialogs.h"

#include <QAction>
#include <QFileInfo>
#include <QLocale>

namespace re {

OnlineCommands::OnlineCommands(
    ResolutionModel *model, UserDialogs *dialogs, RecentFilesMenu *recent, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_dialogs(dialogs)
    , m_recent(recent)
    , m_window(window)
    , m_rollCallFetch(new HowTheyVoteFetch(this))
    , m_openProcedure(new QAction(tr("Open &Procedure\u2026"), this))
    , m_refresh(new QAction(tr("Re&fresh from Source"), this))
    , m_rollCall(new QAction(tr("&Get Roll-call from HowTheyVote.eu"), this))
{
    m_openProcedure->setObjectName(QStringLiteral("actionOpenProcedure"));
    m_openProcedure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openProcedure->setStatusTip(tr("Fetch a resolution from the Legislative Observatory by its "
                                     "procedure reference, such as 2025/2119(INI)"));
    m_refresh->setObjectName(QStringLiteral("actionRefreshFromSource"));
    m_refresh->setStatusTip(tr("Fetch the summary of this procedure again from the "
                               "Legislative Observatory"));
    m_rollCall->setObjectName(QStringLiteral("actionGetRollCall"));
    m_rollCall->setStatusTip(tr("Fetch how each political group and country voted from "
                                "HowTheyVote.eu and add it to the vote"));
    for (QAction *action : { m_openProcedure, m_refresh, m_rollCall })
        action->setToolTip(action->statusTip());

    connect(m_openProcedure, &QAction::triggered, this, [this] { openProcedure(); });
    connect(m_refresh, &QAction::triggered, this,
        [this] { openProcedure(m_model->document().procedure.reference, true); });
    connect(m_rollCall, &QAction::triggered, this, &OnlineCommands::getRollCall);

    connect(m_rollCallFetch, &HowTheyVoteFetch::stepChanged, this, &OnlineCommands::statusMessage);
    connect(m_rollCallFetch, &HowTheyVoteFetch::severalVotes, this,
        [this](const QList<VoteCandidate> &candidates) {
            QStringList items;
            for (const VoteCandidate &candidate : candidates) {
                items << tr("%1 \u00b7 %2 \u00b7 %3 (vote %4)")
                             .arg(QLocale().toString(
                                      candidate.timestamp.date(), QLocale::ShortFormat),
                                 candidate.title, candidate.description, candidate.id);
            }
            const int chosen = m_dialogs->chooseItem(tr("Which Vote?"),
                tr("HowTheyVote.eu lists several final votes on %1. Which one is this "
                   "document's?")
                    .arg(m_model->document().procedure.reference),
                items);
            if (chosen < 0)
                m_rollCallFetch->cancel();
            else
                m_rollCallFetch->choose(candidates.at(chosen).id);
        });
    connect(m_rollCallFetch, &HowTheyVoteFetch::finished, this,
        [this](const std::optional<Vote> &vote, const QString &error) {
            Q_EMIT statusMessage({});
            if (vote) {
                m_model->session()->attachVote(*vote);
                Q_EMIT rollCallAttached();
            } else if (!error.isEmpty()) {
                m_dialogs->warn(tr("The roll-call data was not added: %1").arg(error),
                    QStringLiteral("rollCallErrorBox"));
            }
        });
    connect(
        m_rollCallFetch, &HowTheyVoteFetch::runningChanged, this, &OnlineCommands::updateActions);
    connect(m_model, &ResolutionModel::documentChanged, this, [this] {
        // Data fetched for the previous document is not this one's.
        m_rollCallFetch->cancel();
        updateActions();
    });
    connect(m_model, &ResolutionModel::voteChanged, this, &OnlineCommands::updateActions);
    updateActions();
}

void OnlineCommands::openProcedure(const QString &text, bool refresh)
{
    if (!m_dialog) {
        m_dialog = new OpenProcedureDialog(m_window);
        connect(m_dialog, &OpenProcedureDialog::documentFetched, this,
            &OnlineCommands::documentFetched);
    }
    m_dialog->open();
    if (!text.isEmpty())
        m_dialog->startFetch(text, refresh);
}

void OnlineCommands::getRollCall()
{
    DocumentSession *session = m_model->session();
    // The vote as the document states it, whatever roll-call data is attached now.
    std::optional<Vote> totals = session->statedVote();
    if (!totals)
        return;
    session->cancelRollCall();
    m_rollCallFetch->start(m_model->document().procedure.reference, *totals);
}

void OnlineCommands::documentFetched(const Document &document)
{
    DocumentSession *session = m_model->session();
    session->cancelOpen(); // a file still being read would replace it
    const QString kept = m_dialog->fetch()->cache().documentPath(document.procedure.reference);
    session->setDocument(document, { DocumentSource::Kind::Online, kept });
    if (QFileInfo::exists(kept))
        m_recent->addFile(kept, document.procedure.title, document.procedure.reference);
}

void OnlineCommands::updateActions()
{
    const Document &document = m_model->document();
    const bool hasReference
        = !OnlineSources::canonicalReference(document.procedure.reference).isEmpty();
    m_refresh->setEnabled(hasReference);
    m_rollCall->setEnabled(hasReference && document.vote && !m_rollCallFetch->isRunning());
}

} // namespace re
