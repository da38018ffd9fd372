// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <memory>
#include <optional>

class QDataStream;

namespace re {

/// One outline of a country, either held as a QPainterPath or read from the precomputed map's
/// bytes the first time it is asked for (thread-safe). The window draws only the zoomed-out
/// outline at start-up; the detailed ones (and their memory) come when the user zooms in,
/// hovers a country or exports the map. Copies share the outline.
class MapPath
{
public:
    MapPath() = default;
    MapPath(QPainterPath path); // NOLINT(google-explicit-constructor): a path is an outline

    /// The outline (read now if it was deferred).
    const QPainterPath &get() const;
    operator const QPainterPath &() const { return get(); } // NOLINT(google-explicit-constructor)
    /// Whether the outline is there (false while a deferred one has not been asked for).
    bool isBuilt() const;

    /// Writes a polygon path (move-to and line-to only, as the map has) as its subpaths, each a
    /// point count and the points' raw doubles: one copy each way, where QDataStream's own
    /// QPainterPath form reads every number on its own (ten times slower).
    static void write(QDataStream &out, const QPainterPath &path);
    /// Checks the record write() wrote at the position of `in` (a stream over `data`), steps
    /// over it and returns an outline that reads it on first use; nullopt if the record is
    /// truncated or damaged. The outline keeps a (shared) reference to `data`.
    static std::optional<MapPath> readDeferred(QDataStream &in, const QByteArray &data);

    friend bool operator==(const MapPath &a, const MapPath &b) { return a.get() == b.get(); }
    /// Whether the two are copies of one outline (cheap: reads nothing).
    bool sharesOutlineWith(const MapPath &other) const { return d == other.d; }

private:
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace re
