// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/CsvStream.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>
#include <cstring>

namespace re {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

} // namespace

CsvStream::CsvStream(QIODevice *device) : m_device(device) { }

bool CsvStream::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(ChunkBytes);
    if (chunk.isEmpty()) {
        if (!m_device->atEnd()) {
            m_error = QCoreApplication::translate("re::Csv", "the data cannot be read: %1")
                          .arg(m_device->errorString());
        }
        return false;
    }
    m_buffer += chunk;
    return true;
}

bool CsvStream::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    for (;;) {
        if (!m_error.isEmpty())
            return false;
        const char *data = m_buffer.constData();
        const qsizetype available = m_buffer.size() - m_pos;
        const char *start = data + m_pos;
        const auto *newline
            = static_cast<const char *>(std::memchr(start, '\n', size_t(available)));
        if (!newline) {
            if (available > MaxRecordBytes) {
                m_error = QCoreApplication::translate(
                    "re::Csv", "line %1: a record longer than %2 MB, more than any roll-call row")
                              .arg(m_line)
                              .arg(MaxRecordBytes / (1 << 20));
                return false;
            }
            if (fill())
                continue;
            if (!m_error.isEmpty() || m_pos >= m_buffer.size())
                return false;
            newline = m_buffer.constData() + m_buffer.size(); // the last line, unended
            data = m_buffer.constData();
            start = data + m_pos;
        }
        qsizetype length = newline - start;
        if (std::memchr(start, '"', size_t(length))) {
            // Quotes may hold commas and line breaks: the careful reader, then views on it.
            if (!next(m_quoted))
                return false;
            for (const QByteArray &field : std::as_const(m_quoted))
                fields.append(field);
            return true;
        }
        m_recordLine = m_line++;
        m_pos = std::min<qsizetype>(newline - data + 1, m_buffer.size());
        if (length > 0 && start[length - 1] == '\r')
            --length;
        if (length == 0)
            continue; // a blank line is no record
        const char *field = start;
        const char *end = start + length;
        for (;;) {
            const auto *comma
                = static_cast<const char *>(std::memchr(field, ',', size_t(end - field)));
            if (!comma) {
                fields.append(QByteArrayView(field, end - field));
                return true;
            }
            fields.append(QByteArrayView(field, comma - field));
            field = comma + 1;
        }
    }
}

bool CsvStream::next(QList<QByteArray> &fields)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    QByteArray field;
    bool quoted = false;
    bool any = false; // a record has started
    qsizetype recordBytes = 0;
    m_recordLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return false;
            if (quoted) {
                m_error = QCoreApplication::translate(
                    "re::Csv", "line %1: a quoted field is not closed")
                              .arg(m_recordLine);
                return false;
            }
            if (!any)
                return false;
            fields.append(field);
            return true;
        }
        // The plain bytes of a field up to the next byte that matters, copied at once.
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        if (!quoted) {
            while (
                i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r' && data[i] != '"')
                ++i;
        } else {
            while (i < size && data[i] != '"') {
                if (data[i] == '\n')
                    ++m_line;
                ++i;
            }
        }
        if (i > m_pos) {
            field.append(data + m_pos, i - m_pos);
            recordBytes += i - m_pos;
            any = true;
            m_pos = i;
        }
        if (recordBytes > MaxRecordBytes) {
            m_error = QCoreApplication::translate(
                "re::Csv", "line %1: a record longer than %2 MB, more than any roll-call row")
                          .arg(m_recordLine)
                          .arg(MaxRecordBytes / (1 << 20));
            return false;
        }
        if (m_pos >= size)
            continue; // more data needed
        const char c = data[m_pos];
        if (quoted) { // c is a quote: the end of the field, or a doubled quote
            if (m_pos + 1 >= size && fill())
                continue; // look again with the next byte at hand
            if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '"') {
                field.append('"');
                m_pos += 2;
            } else {
                quoted = false;
                ++m_pos;
            }
            continue;
        }
        any = true;
        ++m_pos;
        if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            fields.append(field);
            // A line holding nothing is blank, not a record of one empty field.
            if (fields.size() == 1 && fields.first().isEmpty()) {
                fields.clear();
                field.clear();
                any = false;
                recordBytes = 0;
                m_recordLine = m_line;
                continue;
            }
            return true;
        }
    }
}

} // namespace re
