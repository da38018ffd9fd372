// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SummaryText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace re {

namespace detail {

/// True when the text holds so many control or replacement characters that it cannot be a
/// summary (binary data, or a file in an encoding other than the one it was read with).
bool looksBinary(QStringView text)
{
    qsizetype controls = 0;
    qsizetype replacements = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0xFFFD)
            ++replacements;
        else if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v')
            || (u >= 0x7F && u <= 0x9F))
            ++controls;
    }
    return controls * 50 > text.size() || replacements * 10 > text.size();
}

/// The lines of the text as [start, length) pairs, line ends ("\n", "\r\n", "\r") excluded.
QList<std::pair<qsizetype, qsizetype>> lineRanges(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append({ start, i - start });
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append({ start, text.size() - start });
    return lines;
}

/// A procedure reference such as "2025/2119(INI)" anywhere in a text.
const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(u"\\b(\\d{4}/\\d{4}\\([A-Z]{3,4}\\))"_s);
    return pattern;
}

/// A dd/mm/yyyy date anywhere in a text; captures day, month, year.
const QRegularExpression &datePattern()
{
    static const QRegularExpression pattern(u"\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"_s);
    return pattern;
}

/// The whole line "REF - DD/MM/YYYY - Stage" (stage optional, dashes may be en or em dashes);
/// captures reference, day, month, year, stage.
const QRegularExpression &referenceLinePattern()
{
    static const QRegularExpression pattern(
        u"^(\\d{4}/\\d{4}\\([A-Z]{3,4}\\))\\s*[-\u2013\u2014]\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})"
        "(?:\\s*[-\u2013\u2014]\\s*(.*\\S))?\\s*$"_s);
    return pattern;
}

/// The date of a match of datePattern() or referenceLinePattern() (groups at firstGroup...),
/// invalid when the day does not exist.
QDate dateFromMatch(const QRegularExpressionMatch &match, int firstGroup)
{
    return QDate(match.captured(firstGroup + 2).toInt(), match.captured(firstGroup + 1).toInt(),
        match.captured(firstGroup).toInt());
}

/// Removes leading and trailing whitespace from text and moves the spans along with it.
void trimWithSpans(QString &text, QList<TextSpan> &spans)
{
    qsizetype begin = 0;
    while (begin < text.size() && text[begin].isSpace())
        ++begin;
    qsizetype end = text.size();
    while (end > begin && text[end - 1].isSpace())
        --end;
    text = text.mid(begin, end - begin);
    QList<TextSpan> kept;
    for (const TextSpan &span : std::as_const(spans)) {
        const qsizetype s = std::max<qsizetype>(span.start - begin, 0);
        const qsizetype e = std::min<qsizetype>(span.end() - begin, text.size());
        if (e > s)
            kept.append(TextSpan { s, e - s });
    }
    spans = kept;
}

} // namespace detail

} // namespace re
