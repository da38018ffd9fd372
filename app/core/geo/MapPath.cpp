// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/MapPath.h"

#include <QDataStream>
#include <QIODevice>
#include <QPolygonF>
#include <atomic>
#include <mutex>

namespace re {

struct MapPath::Data
{
    std::once_flag read;
    QByteArray source; ///< the bytes holding the record (shared, or a view of a resource)
    qsizetype offset = -1; ///< of the record in source; -1 when `path` is already there
    int streamVersion = 0; ///< of the stream readDeferred() checked the record with
    QPainterPath path;
    std::atomic_bool built = false; ///< a deferred record has been read
};

namespace {

/// The header of write()'s record, and whether the ring counts fit the bytes left.
struct RecordHeader
{
    quint8 fillRule = 0;
    quint32 elements = 0;
    quint32 rings = 0;
};

bool readHeader(QDataStream &in, RecordHeader *header)
{
    in >> header->fillRule >> header->elements >> header->rings;
    return in.status() == QDataStream::Ok
        && header->elements <= quint32(in.device()->bytesAvailable()) / sizeof(QPointF);
}

/// Reads a ring's point count; 0 if it is none or more than the bytes left hold.
quint32 readRingSize(QDataStream &in)
{
    quint32 points = 0;
    in >> points;
    if (in.status() != QDataStream::Ok
        || points > quint32(in.device()->bytesAvailable()) / sizeof(QPointF))
        return 0;
    return points;
}

bool readPath(QDataStream &in, QPainterPath *path)
{
    RecordHeader header;
    if (!readHeader(in, &header))
        return false;
    path->setFillRule(header.fillRule == Qt::WindingFill ? Qt::WindingFill : Qt::OddEvenFill);
    path->reserve(int(header.elements)); // one allocation, not one per doubling
    for (quint32 r = 0; r < header.rings; ++r) {
        const quint32 points = readRingSize(in);
        if (points == 0)
            return false;
        QPolygonF ring(points);
        const int bytes = int(points * sizeof(QPointF));
        if (in.readRawData(reinterpret_cast<char *>(ring.data()), bytes) != bytes)
            return false;
        path->addPolygon(ring);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

MapPath::MapPath(QPainterPath path) : d(std::make_shared<Data>())
{
    d->path = std::move(path);
}

const QPainterPath &MapPath::get() const
{
    static const QPainterPath empty;
    if (!d)
        return empty;
    if (d->offset >= 0) {
        std::call_once(d->read, [data = d.get()] {
            // readDeferred() checked the record: this read cannot run out of bytes.
            QDataStream in(data->source);
            in.setVersion(data->streamVersion);
            in.skipRawData(int(data->offset));
            if (!readPath(in, &data->path))
                data->path = QPainterPath();
            data->built = true;
        });
    }
    return d->path;
}

bool MapPath::isBuilt() const
{
    return !d || d->offset < 0 || d->built;
}

void MapPath::write(QDataStream &out, const QPainterPath &path)
{
    QList<QPolygonF> rings;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo() || rings.isEmpty())
            rings.append(QPolygonF());
        rings.last().append(QPointF(element.x, element.y));
    }
    out << quint8(path.fillRule()) << quint32(path.elementCount()) << quint32(rings.size());
    for (const QPolygonF &ring : std::as_const(rings)) {
        out << quint32(ring.size());
        out.writeRawData(reinterpret_cast<const char *>(ring.constData()),
            int(ring.size() * qsizetype(sizeof(QPointF))));
    }
}

std::optional<MapPath> MapPath::readDeferred(QDataStream &in, const QByteArray &data)
{
    const qint64 start = in.device()->pos();
    RecordHeader header;
    if (!readHeader(in, &header))
        return std::nullopt;
    for (quint32 r = 0; r < header.rings; ++r) {
        const quint32 points = readRingSize(in);
        const int bytes = int(points * sizeof(QPointF));
        if (points == 0 || in.skipRawData(bytes) != bytes)
            return std::nullopt;
    }
    MapPath path;
    path.d = std::make_shared<Data>();
    path.d->source = data;
    path.d->offset = qsizetype(start);
    path.d->streamVersion = in.version();
    return path;
}

} // namespace re
