# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The vote pane, its charts and the chart export.
target_sources(rexui PRIVATE
    voteview/ChartStyle.h voteview/ChartStyle.cpp
    voteview/TotalsChart.h voteview/TotalsChart.cpp
    voteview/BreakdownChart.h voteview/BreakdownChart.cpp
    voteview/HemicycleWidget.h voteview/HemicycleWidget.cpp
    voteview/ChartExport.h voteview/ChartExport.cpp
    voteview/VotePane.h voteview/VotePane.cpp
)
