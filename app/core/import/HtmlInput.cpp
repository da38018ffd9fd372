// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/HtmlInput.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>
#include <cctype>

namespace re {

QByteArray htmlAsUtf8(const QByteArray &html)
{
    QStringDecoder strict(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = strict.decode(html);
    if (!strict.hasError())
        return html;
    QStringDecoder declared = QStringDecoder::decoderForHtml(html);
    if (declared.isValid() && QByteArray(declared.name()).toLower() != "utf-8")
        return QString(declared.decode(html)).toUtf8();
    QStringDecoder windows("windows-1252");
    if (windows.isValid())
        return QString(windows.decode(html)).toUtf8();
    return QString::fromLatin1(html).toUtf8();
}

int estimatedHtmlNesting(const QByteArray &page)
{
    const QByteArray html = page.toLower();
    static const QList<QByteArray> flat { "area", "base", "br", "col", "embed", "hr", "img",
        "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr",
        "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body" };
    QList<QByteArray> open; ///< the elements open, innermost last
    QHash<QByteArray, int> openCount; ///< how many of each name are open: O(1) for stray ends
    int deepest = 0;
    const qsizetype size = html.size();
    qsizetype i = 0;
    while (i < size) {
        i = html.indexOf('<', i);
        if (i < 0)
            break;
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            i = end < 0 ? size : end + 3;
            continue;
        }
        const bool closing = i + 1 < size && html[i + 1] == '/';
        qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < size
            && (std::isalnum(static_cast<unsigned char>(html[nameEnd])) || html[nameEnd] == '!'))
            ++nameEnd;
        if (nameEnd == nameStart) {
            ++i;
            continue;
        }
        const QByteArray name = html.mid(nameStart, nameEnd - nameStart);
        qsizetype tagEnd = html.indexOf('>', nameEnd);
        if (tagEnd < 0)
            tagEnd = size;
        const bool selfClosing = tagEnd > 0 && tagEnd < size && html[tagEnd - 1] == '/';
        i = tagEnd;
        if (!closing && (name == "script" || name == "style")) {
            const qsizetype end = html.indexOf(QByteArray("</" + name), tagEnd);
            i = end < 0 ? size : end;
            continue;
        }
        if (flat.contains(name) || selfClosing || name.startsWith('!'))
            continue;
        if (!closing) {
            open.append(name);
            ++openCount[name];
            deepest = std::max(deepest, int(open.size()));
        } else if (openCount.value(name) > 0) {
            // Closes the nearest open element of that name and everything inside it; each
            // element is closed once, so the whole scan stays linear.
            QByteArray closed;
            do {
                closed = open.takeLast();
                --openCount[closed];
            } while (closed != name);
        }
    }
    return deepest;
}

QString htmlText(const char *text)
{
    return QString::fromUtf8(text);
}

namespace {

bool isElementNode(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

} // namespace

bool isHtmlTag(const GumboNode *node, GumboTag tag)
{
    return isElementNode(node) && node->v.element.tag == tag;
}

bool isHiddenHtml(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEMPLATE)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    switch (node->v.element.tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        return true;
    default:
        return false;
    }
}

QString htmlAttribute(const GumboNode *node, const char *name)
{
    if (!isElementNode(node))
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? htmlText(attr->value) : QString();
}

QList<const GumboNode *> htmlChildren(const GumboNode *node)
{
    const GumboVector *vector = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT)
        vector = &node->v.document.children;
    else if (isElementNode(node))
        vector = &node->v.element.children;
    QList<const GumboNode *> result;
    if (!vector)
        return result;
    result.reserve(vector->length);
    for (unsigned int i = 0; i < vector->length; ++i)
        result.append(static_cast<const GumboNode *>(vector->data[i]));
    return result;
}

} // namespace re
