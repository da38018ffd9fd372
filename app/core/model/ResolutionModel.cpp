// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ResolutionModel.h"

#include "model/SelectionState.h"

#include <QScopedValueRollback>

namespace re {

ResolutionModel::ResolutionModel(QObject *parent)
    : QObject(parent)
    , m_selection(new SelectionState(this))
{
    m_worker.setMaxThreadCount(1);
    // Connected before any view: by the time a view hears filtersChanged(), a small document's
    // acceptedActions() already follows the new filter.
    connect(m_selection, &SelectionState::filtersChanged, this, [this] {
        if (!m_replacingDocument)
            evaluateFilter();
    });
    // Choosing an action anywhere moves the reading position to its section.
    connect(m_selection, &SelectionState::currentActionChanged, this, [this](const QString &id) {
        const Action *chosen = action(id);
        if (!chosen)
            return;
        const QString sectionId = chosen->section >= 0
            ? m_document.sections.at(chosen->section).id
            : QString();
        m_selection->setCurrentSection(sectionId);
    });
}

ResolutionModel::~ResolutionModel()
{
    if (m_indexCancel)
        *m_indexCancel = true;
    cancelFilterRun();
    m_worker.waitForDone();
}

void ResolutionModel::setDocument(Document document)
{
    Q_EMIT documentAboutToChange();
    m_document = std::move(document);
    m_actionCounts.reset();
    cancelFilterRun();
    m_accepted.reset();
    buildFilterIndex();
    {
        const QScopedValueRollback<bool> replacing(m_replacingDocument, true);
        m_selection->reset(); // no filter left: every action shows, nothing to evaluate
    }
    Q_EMIT documentChanged();
}

void ResolutionModel::buildFilterIndex()
{
    if (m_indexCancel)
        *m_indexCancel = true; // the previous document's build, if still running
    m_indexCancel.reset();
    m_filterIndex.reset();
    if (m_document.actions.size() < BackgroundIndexActions) {
        m_filterIndex = std::make_shared<const ActionFilterIndex>(m_document);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_indexCancel = cancel;
    // The worker reads its own copy (implicitly shared, so nothing is copied unless the
    // document here changes meanwhile) and hands the index back through the event loop.
    m_worker.start([this, cancel, document = m_document] {
        auto index = std::make_shared<const ActionFilterIndex>(document, cancel.get());
        if (*cancel)
            return;
        QMetaObject::invokeMethod(this, [this, cancel, index] {
            if (*cancel || cancel != m_indexCancel)
                return;
            m_indexCancel.reset();
            m_filterIndex = index;
            Q_EMIT filterIndexReady();
            evaluateFilter(); // a filter set meanwhile applies now
        }, Qt::QueuedConnection);
    });
}

void ResolutionModel::cancelFilterRun()
{
    if (m_filterCancel)
        *m_filterCancel = true;
    m_filterCancel.reset();
    m_runningFilter = ActionFilter();
}

void ResolutionModel::evaluateFilter()
{
    const ActionFilter filter = currentFilter();
    if (m_filterCancel && m_runningFilter == filter)
        return; // already on its way
    cancelFilterRun();
    if (filter.isEmpty()) {
        if (m_accepted)
            applyAccepted(nullptr);
        return;
    }
    if (m_accepted && m_accepted->filter() == filter)
        return; // back to the filter shown (typed, then deleted): nothing to do
    if (!m_filterIndex)
        return; // evaluated when the index lands; until then every action shows
    // Typing on only re-checks what the filter shown accepted.
    std::shared_ptr<const AcceptedActions> previous
        = m_accepted && filter.narrows(m_accepted->filter()) ? m_accepted : nullptr;
    if (m_document.actions.size() < BackgroundIndexActions) {
        applyAccepted(AcceptedActions::evaluate(filter, m_document, *m_filterIndex,
                                                previous.get()));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_filterCancel = cancel;
    m_runningFilter = filter;
    // The worker reads immutable snapshots: an implicitly shared copy of the document, the
    // index and the previous result (both shared_ptr<const>).
    m_worker.start([this, cancel, filter, previous, index = m_filterIndex,
                    document = m_document] {
        auto accepted = AcceptedActions::evaluate(filter, document, *index, previous.get(),
                                                  cancel.get());
        if (!accepted)
            return;
        QMetaObject::invokeMethod(this, [this, cancel, accepted] {
            if (*cancel || cancel != m_filterCancel)
                return; // a newer filter or document made it stale
            m_filterCancel.reset();
            m_runningFilter = ActionFilter();
            applyAccepted(accepted);
        }, Qt::QueuedConnection);
    });
}

void ResolutionModel::applyAccepted(std::shared_ptr<const AcceptedActions> accepted)
{
    m_accepted = std::move(accepted);
    Q_EMIT acceptedActionsChanged();
}

void ResolutionModel::setVote(const std::optional<Vote> &vote)
{
    if (m_document.vote == vote)
        return;
    m_document.vote = vote;
    Q_EMIT voteChanged();
}

ActionFilter ResolutionModel::currentFilter() const
{
    ActionFilter filter;
    filter.entities = m_selection->entityFilter();
    filter.theme = m_selection->themeFilter();
    filter.verb = m_selection->verbFilter();
    if (m_selection->sectionOnly())
        filter.section = m_selection->currentSection();
    filter.text = m_selection->searchText();
    return filter;
}

int ResolutionModel::actionCount(const QString &entityId) const
{
    return actionCounts().value(entityId);
}

const QHash<QString, int> &ResolutionModel::actionCounts() const
{
    if (!m_actionCounts)
        m_actionCounts = m_document.actionCounts();
    return *m_actionCounts;
}

const Section *ResolutionModel::section(const QString &id) const
{
    const int index = m_document.sectionIndex(id);
    return index < 0 ? nullptr : &m_document.sections.at(index);
}

const Action *ResolutionModel::action(const QString &id) const
{
    const int index = m_document.actionIndex(id);
    return index < 0 ? nullptr : &m_document.actions.at(index);
}

const Entity *ResolutionModel::entity(const QString &id) const
{
    const int index = m_document.entityIndex(id);
    return index < 0 ? nullptr : &m_document.entities.at(index);
}

} // namespace re
