// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: JSON text in the saved-document layout (two-space indent, compact rows).
#include "io/DocumentJson.h"

#include <QString>

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
    m_out += '\n';
    m_out += QByteArray(depth * 2, ' ');
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
        m_out += level.inlined ? ", " : ",";
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
    if (m_levels.isEmpty())
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
    appendQuoted(QString(name));
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::string(const QString &text)
{
    beginValue();
    appendQuoted(text);
}

void JsonWriter::appendQuoted(const QString &text)
{
    // Runs of plain characters go out as UTF-8 in one piece; quotes, backslashes, control
    // characters and unpaired surrogates (which UTF-8 cannot carry) are escaped, and so is
    // U+FEFF: Qt's JSON parser drops it when it comes as UTF-8 inside a string (found by
    // fuzz_summary_md: a heading starting with a byte order mark lost it on saving again).
    static const char hex[] = "0123456789abcdef";
    const QStringView view(text);
    qsizetype runStart = 0;
    m_out += '"';
    for (qsizetype i = 0; i < view.size(); ++i) {
        const char16_t c = view.at(i).unicode();
        QByteArray escape;
        if (const char *shortForm = shortEscape(c)) {
            escape = shortForm;
        } else if (QChar::isHighSurrogate(c) && i + 1 < view.size()
            && QChar::isLowSurrogate(view.at(i + 1).unicode())) {
            ++i;
            continue;
        } else if (c < 0x20 || QChar::isSurrogate(c) || c == 0xfeff) {
            escape = "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                escape += hex[(c >> shift) & 0xf];
        } else {
            continue;
        }
        m_out += view.mid(runStart, i - runStart).toUtf8();
        m_out += escape;
        runStart = i + 1;
    }
    m_out += view.mid(runStart).toUtf8();
    m_out += '"';
}

void JsonWriter::number(qint64 value)
{
    beginValue();
    m_out += QByteArray::number(value);
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
