// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ResolutionModel.h"

#include "model/SelectionState.h"

namespace re {

ResolutionModel::ResolutionModel(QObject *parent)
    : QObject(parent)
    , m_selection(new SelectionState(this))
{
    m_indexThread.setMaxThreadCount(1);
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
    m_indexThread.waitForDone();
}

void ResolutionModel::setDocument(Document document)
{
    Q_EMIT documentAboutToChange();
    m_document = std::move(document);
    buildFilterIndex();
    m_selection->reset();
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
    m_indexThread.start([this, cancel, document = m_document] {
        auto index = std::make_shared<const ActionFilterIndex>(document, cancel.get());
        if (*cancel)
            return;
        QMetaObject::invokeMethod(this, [this, cancel, index] {
            if (*cancel || cancel != m_indexCancel)
                return;
            m_indexCancel.reset();
            m_filterIndex = index;
            Q_EMIT filterIndexReady();
        }, Qt::QueuedConnection);
    });
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
