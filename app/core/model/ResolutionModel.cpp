// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ResolutionModel.h"

#include "model/FilterHistory.h"
#include "model/SelectionState.h"
#include "session/Workspace.h"

namespace re {

ResolutionModel::ResolutionModel(QObject *parent) : ResolutionModel(nullptr, parent) { }

ResolutionModel::ResolutionModel(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_ownWorkspace(workspace ? nullptr : std::make_unique<Workspace>())
    , m_workspace(workspace ? workspace : m_ownWorkspace.get())
    , m_selection(new SelectionState(this))
    , m_history(new FilterHistory(m_selection, this))
{
    // Connected before any view: by the time a view hears filterChanged(), the session has
    // the filter (and, for a small document, its result).
    connect(m_selection, &SelectionState::filterChanged, this,
        [this](const ActionFilter &filter) { m_session->setFilter(filter); });
    // Choosing an action anywhere moves the reading position to its section.
    connect(m_selection, &SelectionState::currentActionChanged, this, [this](const QString &id) {
        const Action *chosen = action(id);
        if (!chosen)
            return;
        const QString sectionId
            = chosen->section >= 0 ? document().sections.at(chosen->section).id : QString();
        m_selection->setCurrentSection(sectionId);
    });
    connect(m_workspace, &Workspace::currentChanged, this, [this](DocumentSession *session) {
        Q_EMIT documentAboutToChange();
        follow(session);
        m_selection->resetForNewDocument();
        m_history->reset();
        m_session->setFilter(m_selection->filter());
        Q_EMIT documentChanged();
    });
    follow(m_workspace->current());
}

ResolutionModel::~ResolutionModel() = default;

void ResolutionModel::follow(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    connect(session, &DocumentSession::documentAboutToChange, this,
        &ResolutionModel::documentAboutToChange);
    connect(session, &DocumentSession::documentChanged, this, [this] {
        m_selection->resetForNewDocument(); // the session's filter is empty too
        m_history->reset();
        Q_EMIT documentChanged();
    });
    connect(session, &DocumentSession::voteChanged, this, &ResolutionModel::voteChanged);
    connect(session, &DocumentSession::filterIndexReady, this, &ResolutionModel::filterIndexReady);
    connect(session, &DocumentSession::acceptedActionsChanged, this,
        &ResolutionModel::acceptedActionsChanged);
}

void ResolutionModel::setDocument(Document document)
{
    m_session->setDocument(std::move(document));
}

ActionFilter ResolutionModel::currentFilter() const
{
    return m_selection->filter();
}

const Section *ResolutionModel::section(const QString &id) const
{
    const int index = document().sectionIndex(id);
    return index < 0 ? nullptr : &document().sections.at(index);
}

const Action *ResolutionModel::action(const QString &id) const
{
    const int index = document().actionIndex(id);
    return index < 0 ? nullptr : &document().actions.at(index);
}

const Entity *ResolutionModel::entity(const QString &id) const
{
    const int index = document().entityIndex(id);
    return index < 0 ? nullptr : &document().entities.at(index);
}

} // namespace re
