# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Vote model, breakdown model, group table and roll-call readers.
target_sources(rexcore PRIVATE
    vote/VotePosition.h vote/VotePosition.cpp
    vote/PoliticalGroups.h vote/PoliticalGroups.cpp
    vote/VoteModel.h vote/VoteModel.cpp
    vote/VoteBreakdownModel.h vote/VoteBreakdownModel.cpp
    vote/CsvTable.h vote/CsvTable.cpp
    vote/RollCallReader.h vote/RollCallReader.cpp
    vote/RcvXmlReader.h vote/RcvXmlReader.cpp
    vote/CsvStream.h vote/CsvStream.cpp
    vote/BulkExport.h vote/BulkExport.cpp
)
