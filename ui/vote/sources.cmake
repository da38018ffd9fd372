# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The vote pane, its charts and the chart export (issue 5).
target_sources(rexui PRIVATE
    vote/ChartStyle.h vote/ChartStyle.cpp
    vote/TotalsChart.h vote/TotalsChart.cpp
    vote/BreakdownChart.h vote/BreakdownChart.cpp
    vote/HemicycleWidget.h vote/HemicycleWidget.cpp
    vote/ChartExport.h vote/ChartExport.cpp
    vote/VotePane.h vote/VotePane.cpp
)
