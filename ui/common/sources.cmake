# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared look: the colours of entity roles (map, legend, reader); the wrapping layout (map
# chips, filter bar).
target_sources(rexui PRIVATE
    common/RolePalette.h common/RolePalette.cpp
    common/FlowLayout.h common/FlowLayout.cpp
)
