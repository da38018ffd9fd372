# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared look: the colours of entity roles (map, legend, reader).
target_sources(rexui PRIVATE
    common/RolePalette.h common/RolePalette.cpp
)
