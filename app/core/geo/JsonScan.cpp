// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/JsonScan.h"

#include <charconv>

namespace re {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes)
        : m_begin(bytes.data()), m_p(bytes.data()), m_end(bytes.data() + bytes.size())
    { }

    qsizetype offset() const { return m_p - m_begin; }
    bool atEnd() { return skipSpace() == m_end; }

    const char *skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
        return m_p;
    }

    bool take(char c)
    {
        if (skipSpace() == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool peek(char c) { return skipSpace() != m_end && *m_p == c; }

    /// A string's raw bytes (escapes left as written).
    std::optional<QByteArrayView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 != m_end)
                ++m_p;
            ++m_p;
        }
        if (m_p == m_end)
            return std::nullopt;
        const QByteArrayView text(start, m_p - start);
        ++m_p;
        return text;
    }

    std::optional<double> number()
    {
        skipSpace();
        double value = 0;
        const auto [next, ec] = std::from_chars(m_p, m_end, value);
        if (ec != std::errc() || next == m_p)
            return std::nullopt;
        m_p = next;
        return value;
    }

    /// Skips any value by matching brackets; false on malformed bytes.
    bool skipValue()
    {
        int depth = 0;
        do {
            if (skipSpace() == m_end)
                return false;
            const char c = *m_p;
            if (c == '"') {
                if (!string())
                    return false;
            } else if (c == '[' || c == '{') {
                ++depth;
                ++m_p;
            } else if (c == ']' || c == '}') {
                if (--depth < 0)
                    return false;
                ++m_p;
            } else {
                ++m_p; // numbers, literals, commas and colons inside containers
                while (depth == 0 && m_p != m_end && *m_p != ',' && *m_p != '}' && *m_p != ']'
                    && *m_p != ' ' && *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
                    ++m_p;
            }
        } while (depth > 0);
        return true;
    }

private:
    const char *m_begin;
    const char *m_p;
    const char *m_end;
};

} // namespace

std::optional<ByteSpan> findRootMember(QByteArrayView json, QByteArrayView key)
{
    Scanner scan(json);
    if (!scan.take('{'))
        return std::nullopt;
    if (scan.take('}'))
        return std::nullopt;
    do {
        const std::optional<QByteArrayView> name = scan.string();
        if (!name || !scan.take(':'))
            return std::nullopt;
        scan.skipSpace();
        const qsizetype begin = scan.offset();
        if (!scan.skipValue())
            return std::nullopt;
        if (*name == key)
            return ByteSpan { begin, scan.offset() };
    } while (scan.take(','));
    return std::nullopt;
}

std::optional<QList<QPolygonF>> scanArcs(QByteArrayView value)
{
    Scanner scan(value);
    QList<QPolygonF> arcs;
    if (!scan.take('['))
        return std::nullopt;
    if (scan.take(']'))
        return scan.atEnd() ? std::optional(arcs) : std::nullopt;
    do {
        if (!scan.take('['))
            return std::nullopt;
        QPolygonF arc;
        if (!scan.take(']')) {
            do {
                if (!scan.take('['))
                    return std::nullopt;
                const std::optional<double> x = scan.number();
                if (!x || !scan.take(','))
                    return std::nullopt;
                const std::optional<double> y = scan.number();
                if (!y)
                    return std::nullopt;
                while (scan.take(',')) { // a third coordinate, ignored
                    if (!scan.number())
                        return std::nullopt;
                }
                if (!scan.take(']'))
                    return std::nullopt;
                arc.append(QPointF(*x, *y));
            } while (scan.take(','));
            if (!scan.take(']'))
                return std::nullopt;
        }
        arcs.append(std::move(arc));
    } while (scan.take(','));
    if (!scan.take(']') || !scan.atEnd())
        return std::nullopt;
    return arcs;
}

} // namespace re
