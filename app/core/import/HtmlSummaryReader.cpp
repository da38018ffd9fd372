// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlInput.h"
#include "import/SummaryReaders.h"
#include "import/SummaryText.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cctype>
#include <gumbo.h>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Longest text after the visible date still taken as the stage.
constexpr qsizetype MaxStageLength = 120;

/// Text as the page shows it: bold/italic state inherited from tags and style attributes.
struct TextStyle
{
    bool bold = false;
    bool italic = false;
};

bool isInline(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return true;
    switch (node->v.element.tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_NOBR:
        return true;
    default:
        return false;
    }
}

/// The style an element gives its content: <b>/<strong>, <i>/<em>, and the font-weight,
/// font-style and font declarations of its style attribute (a CSS declaration list, not HTML).
TextStyle applyStyle(const GumboNode *node, TextStyle style)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return style;
    switch (node->v.element.tag) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
        style.bold = true;
        break;
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
        style.italic = true;
        break;
    default:
        break;
    }
    const QString css = htmlAttribute(node, "style");
    if (css.isEmpty())
        return style;
    static const QStringList boldValues { u"bold"_s, u"bolder"_s, u"600"_s, u"700"_s, u"800"_s,
        u"900"_s };
    static const QStringList italicValues { u"italic"_s, u"oblique"_s };
    for (const QString &declaration : css.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString name = declaration.first(colon).trimmed().toLower();
        QString value = declaration.mid(colon + 1).trimmed().toLower();
        value.remove(u"!important"_s);
        value = value.trimmed();
        if (name == u"font-weight") {
            style.bold = boldValues.contains(value);
        } else if (name == u"font-style") {
            style.italic = italicValues.contains(value);
        } else if (name == u"font") {
            const QStringList tokens = value.split(u' ', Qt::SkipEmptyParts);
            style.bold = std::any_of(tokens.cbegin(), tokens.cend(),
                [](const QString &t) { return boldValues.contains(t); });
            style.italic = std::any_of(tokens.cbegin(), tokens.cend(),
                [](const QString &t) { return italicValues.contains(t); });
        }
    }
    return style;
}

/// Appends text with whitespace collapsed to single spaces (no leading space).
void appendCollapsed(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
        } else {
            out += c;
        }
    }
}

/// The paragraph a <p> element holds: collapsed text, bold runs, and whether all of its
/// text is italic and bold (a heading in OEIL pages).
struct HtmlParagraph
{
    QString text;
    QList<TextSpan> bold;
    bool headingStyle = false;
};

HtmlParagraph readParagraph(const GumboNode *p, TextStyle inherited)
{
    HtmlParagraph paragraph;
    bool allBoldItalic = true;
    bool anyText = false;
    // Depth-first in document order without recursion (pages can nest deeply).
    QList<std::pair<const GumboNode *, TextStyle>> stack { { p, applyStyle(p, inherited) } };
    while (!stack.isEmpty()) {
        const auto [node, style] = stack.takeLast();
        if (isHiddenHtml(node))
            continue;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            const QString text = htmlText(node->v.text.text);
            const qsizetype start = paragraph.text.size();
            appendCollapsed(paragraph.text, text);
            if (!text.trimmed().isEmpty()) {
                anyText = true;
                allBoldItalic = allBoldItalic && style.bold && style.italic;
                if (style.bold) {
                    TextSpan span { start, paragraph.text.size() - start };
                    if (!paragraph.bold.isEmpty() && paragraph.bold.back().end() == start)
                        paragraph.bold.back().length += span.length;
                    else
                        paragraph.bold.append(span);
                }
            }
            continue;
        }
        if (isHtmlTag(node, GUMBO_TAG_BR)) {
            appendCollapsed(paragraph.text, u" ");
            continue;
        }
        const auto kids = htmlChildren(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({ *it, applyStyle(*it, style) });
    }
    // Spans hold no whitespace at either end.
    QList<TextSpan> spans;
    for (TextSpan span : std::as_const(paragraph.bold)) {
        while (span.length > 0 && paragraph.text[span.start].isSpace()) {
            ++span.start;
            --span.length;
        }
        while (span.length > 0 && paragraph.text[span.end() - 1].isSpace())
            --span.length;
        if (span.length > 0)
            spans.append(span);
    }
    paragraph.bold = spans;
    detail::trimWithSpans(paragraph.text, paragraph.bold);
    paragraph.headingStyle = anyText && allBoldItalic;
    return paragraph;
}

/// All the text of an element, collapsed.
QString plainText(const GumboNode *element)
{
    return readParagraph(element, {}).text;
}

/// Paragraphs written by Word carry a class "MsoNormal", "MsoListParagraph", "MsoBodyText"...
bool isWordParagraph(const GumboNode *node)
{
    const QStringList classes = htmlAttribute(node, "class").split(u' ', Qt::SkipEmptyParts);
    return std::any_of(classes.cbegin(), classes.cend(),
        [](const QString &name) { return name.startsWith(u"Mso"_s, Qt::CaseInsensitive); });
}

} // namespace

QString procedureFileNote(const QByteArray &html)
{
    // The page's title names it: "Procedure File: 2021/2540(RSP) | Legislative Observatory".
    static const QRegularExpression title(
        u"<title>\\s*Procedure File:\\s*(?<reference>[^|<]*?)\\s*(?:\\||</title>)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(html.first(std::min<qsizetype>(html.size(), 1 << 20)));
    const QRegularExpressionMatch page = title.match(text);
    if (!page.hasMatch())
        return {};
    const QString reference = page.captured(u"reference").toHtmlEscaped().simplified();
    // Its "Key events" row "Decision by Parliament" links the summary of the decision.
    static const QRegularExpression decision(
        u"Decision by Parliament</td>.{0,2000}?document-summary\\?id=(?<id>\\d+)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch summary = decision.match(text);
    if (!summary.hasMatch()) {
        // The latest summary it links, of an earlier stage (key events run in date order).
        static const QRegularExpression anySummary(u"document-summary\\?id=(?<id>\\d+)"_s);
        QString latest;
        QRegularExpressionMatchIterator it = anySummary.globalMatch(text);
        while (it.hasNext())
            latest = it.next().captured(u"id");
        if (latest.isEmpty()) {
            return QCoreApplication::translate("re::SummaryReaders",
                "this is the OEIL procedure file of %1, not a summary, and it links no summary")
                .arg(reference);
        }
        return QCoreApplication::translate("re::SummaryReaders",
            "this is the OEIL procedure file of %1, not a summary; it links no summary of "
            "Parliament's decision yet, only of an earlier stage: %2")
            .arg(reference,
                u"https://oeil.europarl.europa.eu/oeil/en/document-summary?id="_s + latest);
    }
    return QCoreApplication::translate("re::SummaryReaders",
        "this is the OEIL procedure file of %1, not a summary: save the summary of Parliament's "
        "decision, %2, as HTML and open that")
        .arg(reference,
            u"https://oeil.europarl.europa.eu/oeil/en/document-summary?id="_s
                + summary.captured(u"id"));
}

std::optional<SummaryBlocks> readHtmlSummary(const QByteArray &html, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SummaryBlocks>();
    };
    if (html.trimmed().isEmpty())
        return fail(QCoreApplication::translate("re::SummaryReaders", "the file is empty"));
    const QByteArray data = htmlAsUtf8(html);
    if (detail::looksBinary(QString::fromUtf8(data))) {
        return fail(QCoreApplication::translate(
            "re::SummaryReaders", "the file does not look like a summary"));
    }

    if (const QString note = procedureFileNote(data); !note.isEmpty())
        return fail(note);

    if (estimatedHtmlNesting(data) > MaxHtmlNesting) {
        return fail(QCoreApplication::translate(
            "re::SummaryReaders", "the page is nested too deeply to be a summary"));
    }

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported: do not collect them
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, data.constData(), size_t(data.size())));
    if (!output || !output->root) {
        return fail(QCoreApplication::translate(
            "re::SummaryReaders", "the file could not be read as HTML"));
    }

    // One pass over the tree in document order: title sources, visible text lines, paragraphs.
    QString h1;
    QString titleElement;
    QStringList visibleLines { QString() };
    QList<std::pair<const GumboNode *, TextStyle>> paragraphs;
    bool wordParagraphs = false;

    struct Entry
    {
        const GumboNode *node;
        TextStyle style;
        bool closing; ///< leaving a block element: end the visible line
    };
    QList<Entry> stack { { output->document, {}, false } };
    while (!stack.isEmpty()) {
        const Entry entry = stack.takeLast();
        const GumboNode *node = entry.node;
        if (entry.closing) {
            if (!visibleLines.back().isEmpty())
                visibleLines.append(QString());
            continue;
        }
        if (isHtmlTag(node, GUMBO_TAG_TITLE) && titleElement.isEmpty())
            titleElement = plainText(node);
        if (isHiddenHtml(node)) {
            if (isHtmlTag(node, GUMBO_TAG_HEAD)) { // only for its <title>
                for (const GumboNode *child : htmlChildren(node)) {
                    if (isHtmlTag(child, GUMBO_TAG_TITLE) && titleElement.isEmpty())
                        titleElement = plainText(child);
                }
            }
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            appendCollapsed(visibleLines.back(), htmlText(node->v.text.text));
            continue;
        }
        if (isHtmlTag(node, GUMBO_TAG_BR)) {
            appendCollapsed(visibleLines.back(), u" ");
            continue;
        }
        if (isHtmlTag(node, GUMBO_TAG_H1) && h1.isEmpty())
            h1 = plainText(node);
        if (isHtmlTag(node, GUMBO_TAG_P)) {
            paragraphs.append({ node, entry.style });
            wordParagraphs = wordParagraphs || isWordParagraph(node);
        }
        if (!isInline(node)) {
            if (!visibleLines.back().isEmpty())
                visibleLines.append(QString());
            stack.append({ node, {}, true });
        }
        const auto kids = htmlChildren(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({ *it, applyStyle(*it, entry.style), false });
    }

    SummaryBlocks summary;
    summary.title = h1.isEmpty() ? titleElement : h1;

    // Reference, visible date and stage from the page's text, never from attributes.
    qsizetype referenceLine = -1;
    for (qsizetype i = 0; i < visibleLines.size() && referenceLine < 0; ++i) {
        const auto match = detail::referencePattern().match(visibleLines[i]);
        if (match.hasMatch()) {
            summary.reference = match.captured(1);
            referenceLine = i;
        }
    }
    const auto findDate = [&](qsizetype from) {
        for (qsizetype i = std::max<qsizetype>(from, 0); i < visibleLines.size(); ++i) {
            const QString &line = visibleLines[i];
            for (auto it = detail::datePattern().globalMatch(line); it.hasNext();) {
                const auto match = it.next();
                const QDate date = detail::dateFromMatch(match, 1);
                if (!date.isValid())
                    continue;
                summary.date = date;
                // The stage: what follows the date on its line, if short.
                QString rest = line.mid(match.capturedEnd()).trimmed();
                while (!rest.isEmpty()
                    && (rest.front() == u'-' || rest.front() == u'\u2013'
                        || rest.front() == u'\u2014'))
                    rest = rest.mid(1).trimmed();
                if (!rest.isEmpty() && rest.size() <= MaxStageLength
                    && !detail::referencePattern().match(rest).hasMatch())
                    summary.stage = rest;
                return true;
            }
        }
        return false;
    };
    if (!findDate(referenceLine))
        findDate(0);

    for (const auto &[node, style] : std::as_const(paragraphs)) {
        if (wordParagraphs && !isWordParagraph(node))
            continue;
        const HtmlParagraph paragraph = readParagraph(node, style);
        if (paragraph.text.isEmpty())
            continue;
        if (detail::referenceLinePattern().match(paragraph.text).hasMatch())
            continue; // the header line, already read
        SummaryBlock block;
        block.text = paragraph.text;
        if (paragraph.headingStyle) {
            block.kind = SummaryBlock::Kind::Heading;
            block.level = 1;
        } else {
            block.kind = SummaryBlock::Kind::Paragraph;
            block.emphasis = paragraph.bold;
        }
        summary.blocks.append(block);
    }

    if (summary.title.isEmpty() && summary.blocks.isEmpty()) {
        return fail(QCoreApplication::translate("re::SummaryReaders", "no summary text was found"));
    }
    return summary;
}

} // namespace re
