// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SummaryReaders.h"
#include "import/SummaryText.h"

#include <QRegularExpression>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

bool endsSentence(const QString &text)
{
    if (text.isEmpty())
        return true;
    static const QString finals = u".!?:;)\"'\u201D\u2019\u00BB\u2026"_s;
    return finals.contains(text.back());
}

bool isParagraph(const SummaryBlock &block)
{
    return block.kind == SummaryBlock::Kind::Paragraph;
}

/// "Continuing the EU's success story : noting that ..." gives the heading and the rest.
/// The heading part must be short, start with a capital and hold no sentence punctuation.
std::optional<qsizetype> inlineHeadingEnd(const QString &text)
{
    static const QString separator = u" : "_s;
    const qsizetype at = text.indexOf(separator);
    if (at <= 0 || at > 90 || at + separator.size() >= text.size())
        return std::nullopt;
    const QStringView head = QStringView(text).first(at).trimmed();
    if (head.isEmpty() || !(head.front().isUpper() || head.front().isDigit()))
        return std::nullopt;
    for (const QChar c : head) {
        if (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':')
            return std::nullopt;
    }
    if (head.count(u' ') >= 12)
        return std::nullopt;
    return at;
}

} // namespace

void normaliseBlocks(SummaryBlocks &summary)
{
    QList<SummaryBlock> blocks;
    blocks.reserve(summary.blocks.size());
    for (SummaryBlock block : std::as_const(summary.blocks)) {
        detail::trimWithSpans(block.text, block.emphasis);
        if (block.kind == SummaryBlock::Kind::Heading)
            block.emphasis.clear();
        if (!block.text.isEmpty())
            blocks.append(std::move(block));
    }

    // Paragraphs split mid-sentence (a page break in the source): join with one space.
    QList<SummaryBlock> joined;
    joined.reserve(blocks.size());
    for (SummaryBlock &block : blocks) {
        if (!joined.isEmpty() && isParagraph(block) && isParagraph(joined.back())
            && !endsSentence(joined.back().text) && block.text.front().isLower()) {
            SummaryBlock &previous = joined.back();
            const qsizetype shift = previous.text.size() + 1;
            previous.text += u' ' + block.text;
            for (const TextSpan &span : std::as_const(block.emphasis))
                previous.emphasis.append(TextSpan { span.start + shift, span.length });
            continue;
        }
        joined.append(std::move(block));
    }

    // Older summaries: "Heading : text" as one paragraph.
    QList<SummaryBlock> result;
    result.reserve(joined.size());
    for (SummaryBlock &block : joined) {
        const auto headingEnd = isParagraph(block) ? inlineHeadingEnd(block.text) : std::nullopt;
        if (!headingEnd) {
            result.append(std::move(block));
            continue;
        }
        SummaryBlock heading;
        heading.kind = SummaryBlock::Kind::Heading;
        heading.level = 1;
        heading.text = block.text.first(*headingEnd).trimmed();
        heading.sourceOffset = block.sourceOffset;

        SummaryBlock rest;
        rest.kind = SummaryBlock::Kind::Paragraph;
        const qsizetype restStart = *headingEnd + 3;
        rest.text = block.text.mid(restStart);
        rest.sourceOffset = block.sourceOffset;
        for (const TextSpan &span : std::as_const(block.emphasis)) {
            const qsizetype s = std::max<qsizetype>(span.start - restStart, 0);
            const qsizetype e = span.end() - restStart;
            if (e > s)
                rest.emphasis.append(TextSpan { s, e - s });
        }
        detail::trimWithSpans(rest.text, rest.emphasis);
        result.append(std::move(heading));
        if (!rest.text.isEmpty())
            result.append(std::move(rest));
    }
    summary.blocks = result;
}

} // namespace re
