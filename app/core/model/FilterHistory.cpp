// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/FilterHistory.h"

#include "model/SelectionState.h"

#include <QScopedValueRollback>

namespace re {

namespace {

/// Whether `to` came from `from` by typing in the search: only the text differs, and `to` has
/// some.
bool typedFrom(const ActionFilter &to, const ActionFilter &from)
{
    if (to.text.isEmpty() || to.text == from.text)
        return false;
    ActionFilter withText = from;
    withText.text = to.text;
    return withText == to;
}

} // namespace

FilterHistory::FilterHistory(SelectionState *state, QObject *parent)
    : QObject(parent), m_state(state), m_steps { state->filter() }
{
    connect(state, &SelectionState::filterChanged, this, &FilterHistory::record);
}

void FilterHistory::record(const ActionFilter &filter, const ActionFilter &previous)
{
    if (m_going)
        return;
    m_steps.resize(m_position + 1); // the steps ahead are gone
    if (m_position > 0 && typedFrom(filter, previous)
        && typedFrom(m_steps.at(m_position), m_steps.at(m_position - 1))) {
        m_steps[m_position] = filter; // still typing the search that made this step
    } else {
        m_steps.append(filter);
        if (m_steps.size() > MaxSteps)
            m_steps.removeFirst();
        m_position = m_steps.size() - 1;
    }
    Q_EMIT changed();
}

void FilterHistory::back()
{
    if (canGoBack())
        go(m_position - 1);
}

void FilterHistory::forward()
{
    if (canGoForward())
        go(m_position + 1);
}

void FilterHistory::go(qsizetype position)
{
    m_position = position;
    {
        const QScopedValueRollback<bool> going(m_going, true);
        m_state->setFilter(m_steps.at(position));
    }
    Q_EMIT changed();
}

void FilterHistory::reset()
{
    m_steps = { m_state->filter() };
    m_position = 0;
    Q_EMIT changed();
}

} // namespace re
