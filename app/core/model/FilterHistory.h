// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <QList>
#include <QObject>

namespace re {

class SelectionState;

/// The filters the user went through, for Back and Forward (Alt+Left, Alt+Right), as a web
/// browser keeps pages. It follows a SelectionState's filterChanged(): every new filter is a
/// step, except that typing the search text replaces the step it began (one step per search,
/// not per keystroke). Going back or forward sets the state's filter without making a step;
/// a new filter after going back drops the steps ahead. A new document starts afresh.
class FilterHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxSteps = 100;

    explicit FilterHistory(SelectionState *state, QObject *parent = nullptr);

    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_steps.size(); }
    void back();
    void forward();
    /// Forgets every step but the state's filter now (a new document).
    void reset();
    qsizetype size() const { return m_steps.size(); }

Q_SIGNALS:
    void changed();

private:
    void record(const ActionFilter &filter, const ActionFilter &previous);
    void go(qsizetype position);

    SelectionState *m_state;
    QList<ActionFilter> m_steps;
    qsizetype m_position = 0;
    bool m_going = false; ///< the state follows back() or forward(): no step
};

} // namespace re
