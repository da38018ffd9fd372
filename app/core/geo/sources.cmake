# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The map's data: TopoJSON reader, Equal Earth projection, antimeridian cutting (issue 4).
target_sources(rexcore PRIVATE
    geo/TopoJson.h geo/TopoJson.cpp
    geo/JsonScan.h geo/JsonScan.cpp
    geo/EqualEarth.h geo/EqualEarth.cpp
    geo/Antimeridian.h geo/Antimeridian.cpp
    geo/WorldMap.h geo/WorldMap.cpp
    geo/Simplify.h geo/Simplify.cpp
)
# Compiled into ":/data/world-50m.json" by app/core/CMakeLists.txt (BASE is resources/).
set(RE_GEO_RESOURCES ${PROJECT_SOURCE_DIR}/resources/world-50m.json)
