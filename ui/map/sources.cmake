# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The partner map pane and its export.
target_sources(rexui PRIVATE
    map/MapStyle.h map/MapStyle.cpp
    map/MapFraming.h map/MapFraming.cpp
    map/VoteMapStyle.h map/VoteMapStyle.cpp
    map/CorpusMapStyle.h map/CorpusMapStyle.cpp
    map/MapItems.h map/MapItems.cpp
    map/CountryLayer.h map/CountryLayer.cpp
    map/MapLegend.h map/MapLegend.cpp
    map/MapChipBar.h map/MapChipBar.cpp
    map/MapView.h map/MapView.cpp
    map/MapPane.h map/MapPane.cpp
    map/MapExport.h map/MapExport.cpp
)
