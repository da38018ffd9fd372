// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class QIODevice;

namespace re {

/// Reads a CSV table record by record from a device, for tables too large to hold (HowTheyVote's
/// member_votes.csv: millions of rows). RFC 4180: quoted fields may hold commas, doubled quotes
/// and line breaks; "\n" or "\r\n" ends a record; fields stay UTF-8 bytes. Memory is one buffer
/// of the device's data and the record being read.
class CsvStream
{
public:
    /// The longest record accepted: far beyond any row of the export, short of a file with no
    /// line breaks at all.
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

    explicit CsvStream(QIODevice *device);

    /// The next record in `fields`; false at the end of the data or on an error (see error()).
    bool next(QList<QByteArray> &fields);
    /// The same as views, valid until the next call: a record without quotes (nearly every
    /// row of the export) is split in place, with no copy.
    bool next(QList<QByteArrayView> &fields);
    /// Why next() stopped early: a quoted field left open, a record over MaxRecordBytes, a read
    /// error of the device; empty at a normal end.
    QString error() const { return m_error; }
    /// 1-based line where the last record returned starts.
    qint64 line() const { return m_recordLine; }

private:
    bool fill();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    QString m_error;
    QList<QByteArray> m_quoted; ///< the fields of the last quoted record, which views point to
};

} // namespace re
