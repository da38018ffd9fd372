# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The map's data: TopoJSON reader, Equal Earth projection, antimeridian cutting.
target_sources(rexcore PRIVATE
    geo/TopoJson.h geo/TopoJson.cpp
    geo/JsonScan.h geo/JsonScan.cpp
    geo/EqualEarth.h geo/EqualEarth.cpp
    geo/Antimeridian.h geo/Antimeridian.cpp
    geo/MapPath.h geo/MapPath.cpp
    geo/WorldMap.h geo/WorldMap.cpp
    geo/Simplify.h geo/Simplify.cpp
)
# resources/world-50m.json is not compiled in: app/precompute turns it into the projected map
# that WorldMap::builtin() reads (":/data/world-map.bin", in the library rexdata).
