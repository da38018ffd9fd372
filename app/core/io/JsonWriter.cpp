// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: JSON text in the saved-document layout (two-space indent, compact rows).
#include "io/DocumentJson.h"

#include <QString>
#include <charconv>
#include <iterator>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// JSON's two-character escape for c, or nullptr when it has none.
const char *shortEscape(char16_t c)
{
    switch (c) {
    case u'"':
        return "\\\"";
    case u'\\':
        return "\\\\";
    case u'\b':
        return "\\b";
    case u'\f':
        return "\\f";
    case u'\n':
        return "\\n";
    case u'\r':
        return "\\r";
    case u'\t':
        return "\\t";
    default:
        return nullptr;
    }
}

} // namespace

void JsonWriter::newline(qsizetype depth)
{
    if (m_compact)
        return;
    m_out += '\n';
    m_out.append(depth * 2, ' ');
}

void JsonWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (level.count++ > 0)
        m_out += level.inlined && !m_compact ? ", " : ",";
    if (!level.inlined)
        newline(m_levels.size());
}

void JsonWriter::open(char bracket, Layout layout)
{
    beginValue();
    const bool inlined = layout == Inline || (!m_levels.isEmpty() && m_levels.last().inlined);
    m_levels.append(Level { inlined, 0 });
    m_out += bracket;
}

void JsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (level.count > 0 && !level.inlined)
        newline(m_levels.size());
    m_out += bracket;
    if (m_levels.isEmpty() && !m_compact)
        m_out += '\n';
}

void JsonWriter::beginObject(Layout layout)
{
    open('{', layout);
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray(Layout layout)
{
    open('[', layout);
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(QLatin1String name)
{
    beginValue();
    // Keys are the formats' own names, plain ASCII with nothing to escape.
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += '"';
    m_out += m_compact ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::string(const QString &text)
{
    beginValue();
    appendQuoted(text);
}

void JsonWriter::appendQuoted(QStringView text)
{
    // Encoded to UTF-8 straight into the output, which has room for the longest form (six
    // bytes per UTF-16 unit, an escape). Quotes, backslashes, control characters and unpaired
    // surrogates (which UTF-8 cannot carry) are escaped, and so is U+FEFF: Qt's JSON parser
    // drops it when it comes as UTF-8 inside a string (found by fuzz_summary_md: a heading
    // starting with a byte order mark lost it on saving again).
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = m_out.size();
    m_out.resize(start + 6 * text.size() + 2);
    char *out = m_out.data() + start;
    const auto escaped = [&out](char16_t c) {
        *out++ = '\\';
        *out++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *out++ = hex[(c >> shift) & 0xf];
    };
    *out++ = '"';
    const char16_t *next = text.utf16();
    const char16_t *const end = next + text.size();
    while (next < end) {
        const char16_t c = *next++;
        if (c < 0x80) {
            if (const char *shortForm = shortEscape(c)) {
                *out++ = shortForm[0];
                *out++ = shortForm[1];
            } else if (c < 0x20) {
                escaped(c);
            } else {
                *out++ = char(c);
            }
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && next < end && QChar::isLowSurrogate(*next)) {
            const char32_t code = QChar::surrogateToUcs4(c, *next++);
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(c) || c == 0xfeff) {
            escaped(c);
        } else {
            *out++ = char(0xe0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        }
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
}

void JsonWriter::number(qint64 value)
{
    beginValue();
    char digits[24];
    const std::to_chars_result written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_out.append(digits, written.ptr - digits);
}

void JsonWriter::field(QLatin1String name, const QString &text)
{
    key(name);
    string(text);
}

void JsonWriter::field(QLatin1String name, qint64 value)
{
    key(name);
    number(value);
}

void JsonWriter::boolean(bool value)
{
    beginValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beginValue();
    m_out += "null";
}

void JsonWriter::stringList(const QStringList &list)
{
    beginArray(Inline);
    for (const QString &item : list)
        string(item);
    endArray();
}

void JsonWriter::span(const TextSpan &span)
{
    beginArray(Inline);
    number(span.start);
    number(span.length);
    endArray();
}

void JsonWriter::spanList(const QList<TextSpan> &spans)
{
    beginArray(Inline);
    for (const TextSpan &item : spans)
        span(item);
    endArray();
}

} // namespace re
