// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "model/AcceptedActions.h"
#include "model/ActionFilter.h"

#include <QObject>
#include <QThreadPool>

#include <optional>

#include <atomic>
#include <memory>

namespace re {

class SelectionState;

/// The one shared model: owns the document and the selection/filter state. Every item model
/// (section tree, actions, entities, vote) and every view reads the document from here and
/// follows documentChanged(); none keeps a copy.
class ResolutionModel : public QObject
{
    Q_OBJECT
public:
    explicit ResolutionModel(QObject *parent = nullptr);
    ~ResolutionModel() override;

    const Document &document() const { return m_document; }
    /// Replaces the document; resets the selection state.
    void setDocument(Document document);
    /// Attaches or replaces roll-call breakdowns (the totals stay those of the document).
    void setVote(const std::optional<Vote> &vote);

    SelectionState *selection() const { return m_selection; }

    /// The action filter the selection state describes right now.
    ActionFilter currentFilter() const;

    /// The filter index of the current document (acceptedActions() and the proxy's setFilter()
    /// evaluate filters with it), or nullptr while it is being built: a document of BackgroundIndexActions actions or
    /// more gets its index from a worker thread, so the window does not block; then
    /// filterIndexReady() is emitted. Smaller documents have it as soon as they are set.
    const ActionFilterIndex *filterIndex() const { return m_filterIndex.get(); }
    static constexpr qsizetype BackgroundIndexActions = 2000;

    /// The actions the current filter accepts, evaluated once per filter change for every view
    /// (the table's proxy, the reader); nullptr while every action shows: no filter, or a large
    /// document whose index or first result is not there yet. From BackgroundIndexActions
    /// actions on it is computed on the worker thread, so this stays the previous filter's
    /// result until acceptedActionsChanged(); a newer filter drops an older run. Smaller
    /// documents have it as soon as the filter changes.
    std::shared_ptr<const AcceptedActions> acceptedActions() const { return m_accepted; }

    /// Document::actionCount() of an entity: counted for every entity at the first ask after a
    /// document is set (one pass over the actions), then looked up. The reader, the map and the
    /// entity list ask for each entity they show.
    int actionCount(const QString &entityId) const;
    const QHash<QString, int> &actionCounts() const;

    /// Convenience lookups by id; nullptr when unknown.
    const Section *section(const QString &id) const;
    const Action *action(const QString &id) const;
    const Entity *entity(const QString &id) const;

Q_SIGNALS:
    void documentAboutToChange();
    void documentChanged();
    void voteChanged();
    void filterIndexReady();
    /// acceptedActions() changed (not emitted by setDocument(), which resets it to nullptr).
    void acceptedActionsChanged();

private:
    void buildFilterIndex();
    /// Brings acceptedActions() to the current filter: at once, or by a run on the worker.
    void evaluateFilter();
    void applyAccepted(std::shared_ptr<const AcceptedActions> accepted);
    void cancelFilterRun();

    Document m_document;
    mutable std::optional<QHash<QString, int>> m_actionCounts; ///< of m_document, when asked
    SelectionState *m_selection;
    std::shared_ptr<const ActionFilterIndex> m_filterIndex;
    std::shared_ptr<const AcceptedActions> m_accepted;
    /// One worker (index builds and filter runs, in turn); waited for on destruction.
    QThreadPool m_worker;
    std::shared_ptr<std::atomic_bool> m_indexCancel; ///< of the build running for this document
    std::shared_ptr<std::atomic_bool> m_filterCancel; ///< of the newest filter run, if running
    ActionFilter m_runningFilter; ///< the filter of that run
    bool m_replacingDocument = false;
};

} // namespace re
