# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared PNG/SVG/PDF image export (used by the map and the vote charts), and the brief: a
# paginated PDF or print-out of the document, its vote, map and filtered statements.
target_sources(rexui PRIVATE
    export/ImageExport.h export/ImageExport.cpp
    export/PageFlow.h export/PageFlow.cpp
    export/BriefExport.h export/BriefExport.cpp
)
