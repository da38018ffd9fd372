// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Corpus.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace re {

/// The vote over time: for each political group, the share of its votes cast that were for,
/// resolution by resolution, from the per-group roll-call data the user attached. Documents
/// with totals only are not drawn; when none has per-group data, a sentence says so.
class GroupVoteChart : public QWidget
{
    Q_OBJECT
public:
    explicit GroupVoteChart(QWidget *parent = nullptr);

    /// `votes`: the documents with per-group data; `documents`: the whole corpus (to say how
    /// many have none).
    void setVotes(const QList<DocumentGroupVotes> &votes, int documents);
    /// Whether a chart is shown (some document has per-group data).
    bool hasChart() const;

private:
    void replaceChart(QChart *chart);

    QLabel *m_note;
    QChartView *m_view;
};

} // namespace re
