// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <gumbo.h>

namespace re {

/// Deepest element nesting an HTML page may have before gumbo reads it; real pages stay far
/// below.
constexpr int MaxHtmlNesting = 2000;

/// The page in UTF-8, as gumbo wants it. A saved page may be Windows-1252, or declare another
/// charset.
QByteArray htmlAsUtf8(const QByteArray &html);

/// Gumbo takes time quadratic in the nesting depth (tens of seconds for 40,000 levels), so a
/// rough depth estimate guards it. This linear byte scan reads nothing from the page: it only
/// counts start and end tags, skipping comments, script/style text, void and self-closing
/// elements and the elements whose end tag is optional (they do not nest). An end tag closes
/// only an element that is open (as in a browser): "<div></x>" repeated nests deeper at every
/// step.
int estimatedHtmlNesting(const QByteArray &page);

// What the two gumbo readers (the summary page, the procedure-file page) read a tree with.

/// Gumbo's UTF-8 text as a QString.
QString htmlText(const char *text);
/// Whether `node` is an element (or a template) with that tag.
bool isHtmlTag(const GumboNode *node, GumboTag tag);
/// Elements whose content is never shown as text: head, script, style, noscript, template,
/// iframe, object, svg (an icon's <svg> holds a <title>), math.
bool isHiddenHtml(const GumboNode *node);
/// The attribute's value, empty when the node has none (or is no element).
QString htmlAttribute(const GumboNode *node, const char *name);
/// The children of a document, element or template node, in document order.
QList<const GumboNode *> htmlChildren(const GumboNode *node);

/// Frees gumbo's tree (for std::unique_ptr).
struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

} // namespace re
