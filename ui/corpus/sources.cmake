# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The corpus view: the resolutions of a library together (timeline, partner matrix, statements,
# votes over time) and its image exports.
target_sources(rexui PRIVATE
    corpus/CorpusImageExport.h corpus/CorpusImageExport.cpp
    corpus/CorpusMatrixModel.h corpus/CorpusMatrixModel.cpp
    corpus/CorpusTimeline.h corpus/CorpusTimeline.cpp
    corpus/PartnerStrip.h corpus/PartnerStrip.cpp
    corpus/GroupVoteChart.h corpus/GroupVoteChart.cpp
    corpus/CorpusPane.h corpus/CorpusPane.cpp
)
