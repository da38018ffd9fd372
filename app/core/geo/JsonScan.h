// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPolygonF>
#include <optional>

namespace re {

/// Byte offsets [begin, end) in a buffer.
struct ByteSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

/// Where the value of member `key` of the root JSON object lies, found by a scan that only
/// matches brackets and skips strings; nullopt when the root is not an object, the member is
/// missing or the bytes are malformed.
std::optional<ByteSpan> findRootMember(QByteArrayView json, QByteArrayView key);

/// Reads a TopoJSON "arcs" value (a list of lists of number pairs, extra coordinates ignored)
/// without building a JSON tree: QJsonDocument takes several times longer on a world map.
/// nullopt when the bytes are anything else; the caller then falls back to QJsonDocument.
std::optional<QList<QPolygonF>> scanArcs(QByteArrayView value);

} // namespace re
