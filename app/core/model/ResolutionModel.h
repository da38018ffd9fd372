// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "model/AcceptedActions.h"
#include "model/ActionFilter.h"
#include "session/DocumentSession.h"

#include <QObject>
#include <memory>
#include <optional>

namespace re {

class FilterHistory;
class SelectionState;
class Workspace;

/// The panes' front for the workspace's current DocumentSession, with the one shared
/// selection/filter state. Every item model and every view reads the document from here and
/// follows documentChanged(); none keeps a copy. The selection's filter is the session's: the
/// model hands each change to the session before any view hears it.
///
/// A new document is one step for views: documentAboutToChange() (item models only: they
/// begin their reset), then documentChanged(), by which time the document, every item model,
/// the selection (nothing selected, no filter) and the session's filter result agree. No
/// selection signal is emitted for that reset: views read the state again on documentChanged().
class ResolutionModel : public QObject
{
    Q_OBJECT
public:
    /// A model on a workspace of its own.
    explicit ResolutionModel(QObject *parent = nullptr);
    /// A model on `workspace`'s current session (the workspace is not owned).
    explicit ResolutionModel(Workspace *workspace, QObject *parent = nullptr);
    ~ResolutionModel() override;

    Workspace *workspace() const { return m_workspace; }
    DocumentSession *session() const { return m_session; }
    SelectionState *selection() const { return m_selection; }
    /// The filters gone through, for Back and Forward; starts afresh with each document.
    FilterHistory *filterHistory() const { return m_history; }

    const Document &document() const { return m_session->document(); }
    /// Replaces the current session's document; resets the selection state.
    void setDocument(Document document);
    /// Attaches or replaces roll-call breakdowns (the totals stay those of the document).
    void setVote(const std::optional<Vote> &vote) { m_session->setVote(vote); }

    /// The action filter the selection state describes right now.
    ActionFilter currentFilter() const;

    /// DocumentSession::filterIndex() and acceptedActions() of the current session.
    const ActionFilterIndex *filterIndex() const { return m_session->filterIndex(); }
    std::shared_ptr<const AcceptedActions> acceptedActions() const
    {
        return m_session->acceptedActions();
    }
    static constexpr qsizetype BackgroundIndexActions = DocumentSession::BackgroundActions;

    /// Document::actionCount() of an entity, looked up in the session's counts.
    int actionCount(const QString &entityId) const { return actionCounts().value(entityId); }
    const QHash<QString, int> &actionCounts() const { return m_session->actionCounts(); }

    /// Convenience lookups by id; nullptr when unknown.
    const Section *section(const QString &id) const;
    const Action *action(const QString &id) const;
    const Entity *entity(const QString &id) const;

Q_SIGNALS:
    void documentAboutToChange();
    void documentChanged();
    void voteChanged();
    void filterIndexReady();
    /// acceptedActions() changed (not emitted for a new document, which resets it to nullptr).
    void acceptedActionsChanged();

private:
    void follow(DocumentSession *session);

    std::unique_ptr<Workspace> m_ownWorkspace;
    Workspace *m_workspace;
    DocumentSession *m_session = nullptr;
    SelectionState *m_selection;
    FilterHistory *m_history;
};

} // namespace re
