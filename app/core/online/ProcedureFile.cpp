// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/ProcedureFile.h"

#include "import/HtmlInput.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <cctype>
#include <gumbo.h>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// Largest page read; real procedure files are about 100 kB.
constexpr qsizetype MaxPageBytes = qsizetype(64) * 1024 * 1024;

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool hasClass(const GumboNode *node, QStringView name)
{
    const QStringList classes = htmlAttribute(node, "class").split(u' ', Qt::SkipEmptyParts);
    return classes.contains(name);
}

/// Visits the elements under root (root included) in document order, never deeper than
/// MaxHtmlNesting. The visitor returns false to skip an element's content.
template<typename Visitor> void forEachElement(const GumboNode *root, Visitor &&visit)
{
    QList<std::pair<const GumboNode *, int>> stack { { root, 0 } };
    while (!stack.isEmpty()) {
        const auto [node, depth] = stack.takeLast();
        if (node->type != GUMBO_NODE_DOCUMENT && !isElement(node))
            continue;
        if (node->type != GUMBO_NODE_DOCUMENT && !visit(node))
            continue;
        if (depth >= MaxHtmlNesting)
            continue;
        const auto kids = htmlChildren(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({ *it, depth + 1 });
    }
}

/// The text an element shows, whitespace collapsed to single spaces and trimmed.
QString textOf(const GumboNode *root)
{
    QString text;
    QList<std::pair<const GumboNode *, int>> stack { { root, 0 } };
    while (!stack.isEmpty()) {
        const auto [node, depth] = stack.takeLast();
        if (isHiddenHtml(node))
            continue;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            text += htmlText(node->v.text.text);
            continue;
        }
        if (isHtmlTag(node, GUMBO_TAG_BR)) {
            text += u' ';
            continue;
        }
        if (depth >= MaxHtmlNesting)
            continue;
        const auto kids = htmlChildren(node);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({ *it, depth + 1 });
    }
    return text.simplified();
}

/// A table's rows (those of its own sections, not of tables nested in its cells), each as the
/// list of its th/td cells.
QList<QList<const GumboNode *>> tableRows(const GumboNode *table)
{
    QList<QList<const GumboNode *>> rows;
    const auto addRow = [&rows](const GumboNode *tr) {
        QList<const GumboNode *> cells;
        for (const GumboNode *cell : htmlChildren(tr)) {
            if (isHtmlTag(cell, GUMBO_TAG_TH) || isHtmlTag(cell, GUMBO_TAG_TD))
                cells.append(cell);
        }
        rows.append(cells);
    };
    for (const GumboNode *child : htmlChildren(table)) {
        if (isHtmlTag(child, GUMBO_TAG_TR)) {
            addRow(child);
        } else if (isHtmlTag(child, GUMBO_TAG_THEAD) || isHtmlTag(child, GUMBO_TAG_TBODY)
            || isHtmlTag(child, GUMBO_TAG_TFOOT)) {
            for (const GumboNode *row : htmlChildren(child)) {
                if (isHtmlTag(row, GUMBO_TAG_TR))
                    addRow(row);
            }
        }
    }
    return rows;
}

/// The texts of a row's cells.
QStringList rowTexts(const QList<const GumboNode *> &row)
{
    QStringList texts;
    texts.reserve(row.size());
    for (const GumboNode *cell : row)
        texts.append(textOf(cell));
    return texts;
}

/// The text of the first link under cell that shows any text.
QString firstLinkText(const GumboNode *cell)
{
    QString found;
    forEachElement(cell, [&found](const GumboNode *node) {
        if (!found.isEmpty() || isHiddenHtml(node))
            return false;
        if (isHtmlTag(node, GUMBO_TAG_A)) {
            found = textOf(node);
            return false;
        }
        return true;
    });
    return found;
}

/// N of the first link under cell to document-summary?id=N.
QString summaryIdIn(const GumboNode *cell)
{
    static const QRegularExpression summaryLink(
        u"document-summary\\?(?:[^#]*&)?id=(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    QString found;
    forEachElement(cell, [&found](const GumboNode *node) {
        if (!found.isEmpty())
            return false;
        if (isHtmlTag(node, GUMBO_TAG_A)) {
            const QRegularExpressionMatch match = summaryLink.match(htmlAttribute(node, "href"));
            if (match.hasMatch())
                found = match.captured(1);
        }
        return true;
    });
    return found;
}

/// "AFET Foreign Affairs": the committee's badge, then the name its link shows.
QString committeeIn(const GumboNode *cell)
{
    QString badge;
    QString name;
    forEachElement(cell, [&](const GumboNode *node) {
        if (isHiddenHtml(node))
            return false;
        if (badge.isEmpty() && hasClass(node, u"es_badge")) {
            badge = textOf(node);
            return false;
        }
        if (name.isEmpty() && isHtmlTag(node, GUMBO_TAG_A)) {
            name = textOf(node);
            return false;
        }
        return true;
    });
    if (badge.isEmpty() && name.isEmpty())
        return textOf(cell);
    return QStringList { badge, name }.join(u' ').trimmed();
}

/// Whether an element holds shadow rapporteurs: its id or class names them
/// ("collapseShadowRapporteur"), or it is the button that shows them.
bool isShadowMarker(const GumboNode *node)
{
    if (htmlAttribute(node, "id").contains(u"shadow"_s, Qt::CaseInsensitive)
        || htmlAttribute(node, "class").contains(u"shadow"_s, Qt::CaseInsensitive))
        return true;
    return isHtmlTag(node, GUMBO_TAG_BUTTON)
        && textOf(node).contains(u"shadow"_s, Qt::CaseInsensitive);
}

/// "VON CRAMON-TAUBADEL Viola (Greens/EFA)" -> the name and the group in brackets.
Rapporteur rapporteurFrom(const QString &text)
{
    static const QRegularExpression withGroup(u"^(.*\\S)\\s*\\(([^()]+)\\)$"_s);
    const QRegularExpressionMatch match = withGroup.match(text);
    if (!match.hasMatch())
        return { text, {} };
    return { match.captured(1), match.captured(2).trimmed() };
}

/// The rapporteur links of a cell, in order, up to the first sign of shadow rapporteurs: the
/// page lists those after a "Shadow rapporteur" button, in a collapsed block of their own.
QList<Rapporteur> rapporteursIn(const GumboNode *cell)
{
    QList<Rapporteur> found;
    bool shadows = false;
    forEachElement(cell, [&](const GumboNode *node) {
        if (shadows || isHiddenHtml(node))
            return false;
        if (isShadowMarker(node)) {
            shadows = true;
            return false;
        }
        if (isHtmlTag(node, GUMBO_TAG_A) && hasClass(node, u"rapporteur")) {
            const QString text = textOf(node);
            if (!text.isEmpty())
                found.append(rapporteurFrom(text));
            return false;
        }
        return true;
    });
    return found;
}

QString notProcedureFile()
{
    return QCoreApplication::translate(
        "re::ProcedureFile", "The page is not a Legislative Observatory procedure file.");
}

} // namespace

QString ProcedureFile::decisionSummaryId() const
{
    // "Decision by Parliament", or "Decision by Parliament, 1st reading" in a legislative
    // procedure; the latest one with a summary.
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->event.startsWith(u"Decision by Parliament"_s) && !it->summaryId.isEmpty())
            return it->summaryId;
    }
    return {};
}

const KeyEvent *ProcedureFile::latestSummary() const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (!it->summaryId.isEmpty())
            return &*it;
    }
    return nullptr;
}

std::optional<ProcedureFile> parseProcedureFile(const QByteArray &html, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<ProcedureFile>();
    };
    if (html.trimmed().isEmpty())
        return fail(notProcedureFile());
    if (html.size() > MaxPageBytes) {
        return fail(QCoreApplication::translate("re::ProcedureFile",
            "The page is too large to be a Legislative Observatory procedure file."));
    }
    const QByteArray data = htmlAsUtf8(html);
    if (estimatedHtmlNesting(data) > MaxHtmlNesting) {
        return fail(QCoreApplication::translate("re::ProcedureFile",
            "The page is nested too deeply to be a Legislative Observatory procedure file."));
    }

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not reported: do not collect them
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, data.constData(), size_t(data.size())));
    if (!output || !output->document)
        return fail(notProcedureFile());

    // The headings and tables, in document order.
    const GumboNode *referenceHeading = nullptr;
    const GumboNode *titleHeading = nullptr;
    const GumboNode *firstTitleHeading = nullptr;
    QList<const GumboNode *> tables;
    forEachElement(output->document, [&](const GumboNode *node) {
        if (isHiddenHtml(node))
            return false;
        if (isHtmlTag(node, GUMBO_TAG_H2)) {
            if (!referenceHeading && hasClass(node, u"es_title-h1")) {
                referenceHeading = node;
            } else if (hasClass(node, u"es_title-h2") && hasClass(node, u"mb-3")) {
                if (!firstTitleHeading)
                    firstTitleHeading = node;
                if (referenceHeading && !titleHeading)
                    titleHeading = node;
            }
            return false;
        }
        if (isHtmlTag(node, GUMBO_TAG_TABLE))
            tables.append(node);
        return true;
    });

    ProcedureFile file;
    static const QRegularExpression referencePattern(u"^\\d{4}/\\d{4}\\([A-Z]{3}\\)$"_s);
    bool hasReference = false;
    if (referenceHeading) {
        const QString text = textOf(referenceHeading);
        hasReference = referencePattern.match(text).hasMatch();
        if (hasReference)
            file.reference = text;
    }
    if (const GumboNode *title = hasReference ? titleHeading : firstTitleHeading)
        file.title = textOf(title);

    bool hasKeyEvents = false;
    bool hasCommittee = false;
    for (const GumboNode *table : std::as_const(tables)) {
        const QList<QList<const GumboNode *>> rows = tableRows(table);
        if (rows.isEmpty())
            continue;
        const QStringList header = rowTexts(rows.first());

        if (!hasKeyEvents && header.size() >= 2 && header.at(0) == u"Date"
            && header.at(1) == u"Event") {
            hasKeyEvents = true;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const QList<const GumboNode *> &row = rows.at(r);
                if (row.size() < 2)
                    continue;
                KeyEvent event;
                event.date = QDate::fromString(textOf(row.at(0)), u"dd/MM/yyyy"_s);
                event.event = textOf(row.at(1));
                if (row.size() > 2)
                    event.reference = firstLinkText(row.at(2));
                if (row.size() > 3)
                    event.summaryId = summaryIdIn(row.at(3));
                file.events.append(event);
            }
            continue;
        }

        // Only the committee responsible's table: not those of the committees for opinion.
        if (!hasCommittee && !header.isEmpty() && header.at(0) == u"Committee responsible") {
            hasCommittee = true;
            QStringList committees;
            for (qsizetype r = 1; r < rows.size(); ++r) {
                const QList<const GumboNode *> &row = rows.at(r);
                // The shadow rapporteurs' row names no committee.
                const QString committee = row.isEmpty() ? QString() : committeeIn(row.at(0));
                if (committee.isEmpty())
                    continue;
                if (!committees.contains(committee))
                    committees.append(committee);
                if (row.size() < 2)
                    continue;
                for (const Rapporteur &rapporteur : rapporteursIn(row.at(1))) {
                    if (!file.rapporteurs.contains(rapporteur))
                        file.rapporteurs.append(rapporteur);
                }
            }
            // Several in a joint committee procedure.
            file.committee = committees.join(u"; "_s);
            continue;
        }

        for (const QList<const GumboNode *> &row : rows) {
            if (row.size() < 2)
                continue;
            const QString label = textOf(row.at(0));
            if (file.stage.isEmpty() && label == u"Stage reached in procedure") {
                file.stage = textOf(row.at(1));
            } else if (file.reference.isEmpty() && label == u"Procedure reference") {
                const QString text = textOf(row.at(1));
                if (referencePattern.match(text).hasMatch())
                    file.reference = text;
            }
        }
    }

    if (!hasReference && !hasKeyEvents)
        return fail(notProcedureFile());
    return file;
}

} // namespace re
