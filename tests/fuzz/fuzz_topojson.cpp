// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The TopoJSON reader and everything the map does with what it reads: WorldMap::fromTopoJson()
// decodes arcs, cuts rings at the antimeridian, simplifies and projects them.
#include "FuzzSupport.h"
#include "geo/TopoJson.h"
#include "geo/WorldMap.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace re;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString error;
    const std::optional<QList<GeoFeature>> features = readTopoJson(bytes, &error);
    if (!features)
        fuzz::checkError(error);
    error.clear();
    const std::optional<WorldMap> map = WorldMap::fromTopoJson(bytes, &error);
    if (!map) {
        fuzz::checkError(error);
        return 0;
    }
    // Hit-testing walks every projected path.
    (void)map->keyAt(QPointF(0, 0));
    return 0;
}
