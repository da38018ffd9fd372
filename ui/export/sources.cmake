# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared PNG/SVG/PDF image export (used by the map and the vote charts).
target_sources(rexui PRIVATE
    export/ImageExport.h export/ImageExport.cpp
)
