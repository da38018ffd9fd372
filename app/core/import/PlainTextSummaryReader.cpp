// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ActionExtractor.h"
#include "import/SummaryReaders.h"
#include "import/SummaryText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Lines before the first reference or date line that may still be the title.
constexpr int MaxTitleLines = 3;
/// Longest line taken as a heading.
constexpr qsizetype MaxHeadingLength = 90;

struct Line
{
    qsizetype offset = -1; ///< of the first non-blank character
    QString text; ///< trimmed, line end removed
    bool blank() const { return text.isEmpty(); }
};

QList<Line> splitLines(const QString &text)
{
    QList<Line> lines;
    for (const auto &[start, length] : detail::lineRanges(text)) {
        const QStringView raw = QStringView(text).mid(start, length);
        qsizetype indent = 0;
        while (indent < raw.size() && (raw[indent].isSpace() || raw[indent] == u'\uFEFF'))
            ++indent;
        lines.append(Line { start + indent, raw.mid(indent).trimmed().toString() });
    }
    return lines;
}

enum class HeaderKind { None, Full, Reference, Date };

struct HeaderLine
{
    HeaderKind kind = HeaderKind::None;
    QRegularExpressionMatch match;
};

HeaderLine headerLine(const QString &line)
{
    static const QRegularExpression referenceOnly(u"^(\\d{4}/\\d{4}\\([A-Z]{3,4}\\))$"_s);
    static const QRegularExpression dateOnly(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s);
    if (auto m = detail::referenceLinePattern().match(line); m.hasMatch())
        return { HeaderKind::Full, m };
    if (auto m = referenceOnly.match(line); m.hasMatch())
        return { HeaderKind::Reference, m };
    if (auto m = dateOnly.match(line); m.hasMatch())
        return { HeaderKind::Date, m };
    return {};
}

/// "- text", "• text", "– text": length of the marker with its space, else 0.
qsizetype dashMarkerLength(const QString &line)
{
    if (line.size() >= 2 && line[1] == u' '
        && (line[0] == u'-' || line[0] == u'\u2022' || line[0] == u'\u2013'))
        return 2;
    return 0;
}

bool isLettered(const QString &line)
{
    static const QRegularExpression lettered(u"^\\((?:[a-z]|[ivx]+|\\d+)\\)\\s"_s);
    return lettered.match(line).hasMatch();
}

/// Whether a line reads like a title rather than a sentence cut short: no reporting clause
/// ("Parliament called on the Commission"), and no final word that leaves a phrase open ("...
/// the Commission to", "... which is").
bool readsLikeTitle(const QString &line)
{
    static const QRegularExpression openEnd(
        u"\\b(?:to|the|a|an|of|for|and|or|but|on|in|into|with|by|that|which|who|its|their|as|at|"
        "from|is|are|was|were|be|has|have|had|will|would|should|must|can|could|may|not)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (openEnd.match(line).hasMatch())
        return false;
    return findReportingVerbs(line, { 0, line.size() }).isEmpty();
}

/// A short line of its own without a final stop that does not start in lower case and reads
/// like a title.
bool isHeadingLine(const QString &line)
{
    if (line.isEmpty() || line.size() > MaxHeadingLength)
        return false;
    static const QString finals = u".;:,"_s;
    if (finals.contains(line.back()) || line.front().isLower())
        return false;
    if (dashMarkerLength(line) > 0 || isLettered(line))
        return false;
    return std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); })
        && readsLikeTitle(line);
}

} // namespace

std::optional<SummaryBlocks> readPlainTextSummary(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SummaryBlocks>();
    };
    if (text.trimmed().isEmpty() || text.trimmed() == u"\uFEFF"_s)
        return fail(QCoreApplication::translate("re::SummaryReaders", "the file is empty"));
    if (detail::looksBinary(text)) {
        return fail(QCoreApplication::translate(
            "re::SummaryReaders", "the file does not look like a summary"));
    }

    SummaryBlocks summary;
    const QList<Line> lines = splitLines(text);
    qsizetype next = 0; // first line of the body

    // The header: title line(s), then reference / date lines, then an optional stage line.
    QList<qsizetype> nonBlank;
    for (qsizetype i = 0; i < lines.size() && nonBlank.size() <= MaxTitleLines; ++i) {
        if (!lines[i].blank())
            nonBlank.append(i);
    }
    qsizetype firstHeader = -1;
    for (const qsizetype i : std::as_const(nonBlank)) {
        if (headerLine(lines[i].text).kind != HeaderKind::None) {
            firstHeader = i;
            break;
        }
    }
    if (firstHeader >= 0) {
        QStringList title;
        for (qsizetype i = 0; i < firstHeader; ++i) {
            if (!lines[i].blank())
                title.append(lines[i].text);
        }
        summary.title = title.join(u' ').simplified();
        qsizetype i = firstHeader;
        qsizetype lastHeader = firstHeader;
        QString badDate;
        for (; i < lines.size(); ++i) {
            if (lines[i].blank())
                continue;
            const HeaderLine header = headerLine(lines[i].text);
            if (header.kind == HeaderKind::None)
                break;
            if (header.kind == HeaderKind::Full || header.kind == HeaderKind::Reference)
                summary.reference = header.match.captured(1);
            if (header.kind == HeaderKind::Full || header.kind == HeaderKind::Date) {
                const int first = header.kind == HeaderKind::Full ? 2 : 1;
                summary.date = detail::dateFromMatch(header.match, first);
                if (!summary.date.isValid()) {
                    badDate = header.match.captured(first) + u'/' + header.match.captured(first + 1)
                        + u'/' + header.match.captured(first + 2);
                }
            }
            if (header.kind == HeaderKind::Full)
                summary.stage = header.match.captured(5).simplified();
            lastHeader = i;
        }
        if (!badDate.isEmpty()) {
            return fail(
                QCoreApplication::translate("re::SummaryReaders", "the date %1 does not exist")
                    .arg(badDate));
        }
        next = lastHeader + 1;
        // The stage is the line right below the last header line, in the same block.
        if (summary.stage.isEmpty() && next < lines.size() && !lines[next].blank()
            && isHeadingLine(lines[next].text)) {
            summary.stage = lines[next].text.simplified();
            ++next;
        }
    } else if (!nonBlank.isEmpty()) {
        const qsizetype first = nonBlank.front();
        const bool alone = first + 1 >= lines.size() || lines[first + 1].blank();
        if (alone && isHeadingLine(lines[first].text)) {
            summary.title = lines[first].text.simplified();
            next = first + 1;
        }
    }

    // The body: blank-line separated blocks; "- " and lettered lines start blocks of their own.
    QList<qsizetype> pending;
    const auto flush = [&]() {
        if (pending.isEmpty())
            return;
        SummaryBlock block;
        block.sourceOffset = lines[pending.front()].offset;
        if (pending.size() == 1 && isHeadingLine(lines[pending.front()].text)) {
            block.kind = SummaryBlock::Kind::Heading;
            block.level = 1;
            block.text = lines[pending.front()].text.simplified();
        } else {
            QStringList parts;
            for (const qsizetype i : std::as_const(pending))
                parts.append(lines[i].text);
            QString joined = parts.join(u' ');
            joined.remove(0, dashMarkerLength(joined));
            block.kind = SummaryBlock::Kind::Paragraph;
            block.text = joined.simplified();
        }
        if (!block.text.isEmpty())
            summary.blocks.append(block);
        pending.clear();
    };
    for (qsizetype i = next; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (line.blank()) {
            flush();
            continue;
        }
        if (!pending.isEmpty()) {
            const QString &previous = lines[pending.back()].text;
            const bool listItem = dashMarkerLength(line.text) > 0;
            const bool letteredItem = isLettered(line.text)
                && (previous.endsWith(u';') || previous.endsWith(u':') || previous.endsWith(u'.'));
            if (listItem || letteredItem)
                flush();
        }
        pending.append(i);
    }
    flush();

    // A short first part of a paragraph split mid-sentence looks like a heading: it is not one
    // when the next block goes on in lower case.
    for (qsizetype i = 0; i + 1 < summary.blocks.size(); ++i) {
        SummaryBlock &block = summary.blocks[i];
        const SummaryBlock &following = summary.blocks[i + 1];
        if (block.kind == SummaryBlock::Kind::Heading
            && following.kind == SummaryBlock::Kind::Paragraph && following.text.front().isLower())
            block.kind = SummaryBlock::Kind::Paragraph;
    }

    if (summary.title.isEmpty() && summary.blocks.isEmpty()) {
        return fail(QCoreApplication::translate("re::SummaryReaders", "no summary text was found"));
    }
    return summary;
}

} // namespace re
