// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SummaryReaders.h"
#include "import/SummaryText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Longest emphasis run looked for: bounds the search for a closing marker in long paragraphs.
constexpr qsizetype MaxRunLength = 2000;

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 0x80 && c.isPunct();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

/// After a bold run, " 's" is a conversion artifact of the source ("**Russia** 's").
bool startsWithDetachedPossessive(QStringView rest)
{
    return rest.size() >= 3 && rest[0] == u' ' && isApostrophe(rest[1]) && rest[2] == u's'
        && (rest.size() == 3 || !rest[3].isLetterOrNumber());
}

/// A character parseInline() treats as more than itself.
bool isInlineMarkup(QChar c)
{
    return c == u'\\' || c == u'*' || c == u'_';
}

/// Position of the closing single '*' or '_' of an italic run opening at `open`, or -1.
qsizetype italicClose(const QString &raw, qsizetype open)
{
    const QChar marker = raw[open];
    if (open + 1 >= raw.size() || raw[open + 1].isSpace() || raw[open + 1] == marker)
        return -1;
    if (marker == u'_' && open > 0 && raw[open - 1].isLetterOrNumber())
        return -1;
    const qsizetype last = std::min(raw.size(), open + MaxRunLength);
    for (qsizetype j = open + 2; j < last; ++j) {
        if (raw[j] != marker)
            continue;
        if (j + 1 < raw.size() && raw[j + 1] == marker) {
            ++j; // a bold marker inside the italic run
            continue;
        }
        if (raw[j - 1].isSpace())
            continue;
        if (marker == u'_' && j + 1 < raw.size() && raw[j + 1].isLetterOrNumber())
            continue;
        return j;
    }
    return -1;
}

/// Removes inline Markdown (`**bold**`, `__bold__`, `*italic*`, `_italic_`, backslash escapes)
/// from an already whitespace-collapsed line and records the bold runs.
void parseInline(const QString &raw, QString *text, QList<TextSpan> *emphasis)
{
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c == u'\\' && i + 1 < raw.size() && isAsciiPunctuation(raw[i + 1])) {
            out += raw[i + 1];
            i += 2;
            continue;
        }
        if ((c == u'*' || c == u'_') && i + 1 < raw.size() && raw[i + 1] == c) {
            const QString marker(2, c);
            const qsizetype close = raw.indexOf(marker, i + 2);
            if (close > i + 2 && close - i <= MaxRunLength) {
                QString inner;
                QList<TextSpan> nested; // bold inside bold adds nothing
                parseInline(raw.mid(i + 2, close - i - 2), &inner, &nested);
                qsizetype lead = 0;
                while (lead < inner.size() && inner[lead].isSpace())
                    ++lead;
                const qsizetype length = inner.trimmed().size();
                if (length > 0)
                    emphasis->append(TextSpan { out.size() + lead, length });
                out += inner;
                i = close + 2;
                if (startsWithDetachedPossessive(QStringView(raw).mid(i)))
                    ++i;
                continue;
            }
            out += marker;
            i += 2;
            continue;
        }
        if (c == u'*' || c == u'_') {
            const qsizetype close = italicClose(raw, i);
            if (close > 0) {
                QString inner;
                QList<TextSpan> nested;
                parseInline(raw.mid(i + 1, close - i - 1), &inner, &nested);
                for (const TextSpan &span : std::as_const(nested))
                    emphasis->append(TextSpan { out.size() + span.start, span.length });
                out += inner;
                i = close + 1;
                continue;
            }
        }
        // Up to the next character that may start any of the above, copied at once.
        qsizetype next = i + 1;
        while (next < raw.size() && !isInlineMarkup(raw[next]))
            ++next;
        out += QStringView(raw).mid(i, next - i);
        i = next;
    }
    *text = out;
}

/// parseInline() on a whole paragraph, trimmed.
void parseInlineText(const QString &raw, QString *text, QList<TextSpan> *emphasis)
{
    emphasis->clear();
    parseInline(raw, text, emphasis);
    detail::trimWithSpans(*text, *emphasis);
}

/// "## *Heading* ##" -> "Heading".
QString headingText(QString raw)
{
    raw = raw.simplified();
    while (raw.endsWith(u'#'))
        raw.chop(1);
    raw = raw.trimmed();
    while (raw.size() >= 2 && (raw.front() == u'*' || raw.front() == u'_')
        && raw.back() == raw.front()) {
        raw = raw.mid(1, raw.size() - 2).trimmed();
    }
    QString text;
    QList<TextSpan> ignored;
    parseInlineText(raw, &text, &ignored);
    return text;
}

/// A `# ...` line gives its level (number of '#'), else 0.
int atxLevel(QStringView line)
{
    int hashes = 0;
    while (hashes < line.size() && line[hashes] == u'#')
        ++hashes;
    if (hashes == 0 || hashes > 6)
        return 0;
    if (hashes < line.size() && !line[hashes].isSpace())
        return 0;
    return hashes;
}

bool isThematicBreak(QStringView line)
{
    // `line` is trimmed: its first character is the first of the compact form.
    if (line.isEmpty() || (line[0] != u'-' && line[0] != u'*' && line[0] != u'_'))
        return false;
    const QString compact = line.toString().remove(u' ');
    if (compact.size() < 3)
        return false;
    const QChar c = compact.front();
    return (c == u'-' || c == u'*' || c == u'_') && compact.count(c) == compact.size();
}

/// "- item", "* item", "+ item": the length of the marker with its space, else 0.
qsizetype listMarkerLength(QStringView line)
{
    if (line.size() < 2 || line[1] != u' ')
        return 0;
    const QChar c = line[0];
    if (c == u'-' || c == u'*' || c == u'+' || c == u'\u2022')
        return 2;
    return 0;
}

} // namespace

std::optional<SummaryBlocks> readMarkdownSummary(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SummaryBlocks>();
    };
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("re::SummaryReaders", "the file is empty"));
    if (detail::looksBinary(text)) {
        return fail(QCoreApplication::translate(
            "re::SummaryReaders", "the file does not look like a summary"));
    }

    SummaryBlocks summary;
    bool headerDone = false;
    QStringList pending; // lines of the paragraph being read
    qsizetype pendingOffset = -1;

    const auto flush = [&]() {
        if (pending.isEmpty())
            return;
        SummaryBlock block;
        block.kind = SummaryBlock::Kind::Paragraph;
        block.sourceOffset = pendingOffset;
        parseInlineText(pending.join(u' ').simplified(), &block.text, &block.emphasis);
        if (!block.text.isEmpty())
            summary.blocks.append(block);
        pending.clear();
        pendingOffset = -1;
    };

    const auto lines = detail::lineRanges(text);
    for (const auto &[start, length] : lines) {
        const QStringView rawLine = QStringView(text).mid(start, length);
        qsizetype indent = 0;
        while (
            indent < rawLine.size() && (rawLine[indent].isSpace() || rawLine[indent] == u'\uFEFF'))
            ++indent;
        const QStringView line = rawLine.mid(indent).trimmed();
        const qsizetype offset = start + indent;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (const int hashes = atxLevel(line)) {
            flush();
            const QString title = headingText(line.mid(hashes).toString());
            if (title.isEmpty())
                continue;
            if (hashes == 1 && summary.title.isEmpty() && summary.blocks.isEmpty()) {
                summary.title = title;
                continue;
            }
            SummaryBlock heading;
            heading.kind = SummaryBlock::Kind::Heading;
            heading.level = std::max(1, hashes - 1);
            heading.text = title;
            heading.sourceOffset = offset;
            summary.blocks.append(heading);
            headerDone = true;
            continue;
        }
        if (!headerDone && pending.isEmpty()) {
            const auto match = detail::referenceLinePattern().match(line);
            if (match.hasMatch()) {
                const QDate date = detail::dateFromMatch(match, 2);
                if (!date.isValid()) {
                    return fail(QCoreApplication::translate(
                        "re::SummaryReaders", "the date %1 does not exist")
                                    .arg(match.captured(2) + u'/' + match.captured(3) + u'/'
                                        + match.captured(4)));
                }
                summary.reference = match.captured(1);
                summary.date = date;
                summary.stage = match.captured(5).simplified();
                headerDone = true;
                continue;
            }
        }
        if (isThematicBreak(line)) {
            flush();
            continue;
        }
        if (const qsizetype marker = listMarkerLength(line)) {
            flush();
            pending.append(line.mid(marker).toString());
            pendingOffset = offset;
            headerDone = true;
            continue;
        }
        if (pending.isEmpty())
            pendingOffset = offset;
        pending.append(line.toString());
        headerDone = true;
    }
    flush();

    if (summary.title.isEmpty() && summary.blocks.isEmpty()) {
        return fail(QCoreApplication::translate("re::SummaryReaders", "no summary text was found"));
    }
    return summary;
}

} // namespace re
