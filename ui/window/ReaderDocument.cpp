// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/ReaderDocument.h"

#include "i18n/CountryNames.h"
#include "online/OnlineSources.h"
#include "window/WindowPalette.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>
#include <algorithm>

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::ReaderDocument)
};

class Writer
{
public:
    Writer(QTextDocument *target, const Document &document, const QHash<QString, int> &actionCounts,
        const QPalette &palette, const QFont &baseFont, qreal sideMargin)
        : m_document(document), m_actionCounts(actionCounts), m_palette(palette), m_cursor(target)
    {
        target->clear();
        target->setDefaultFont(baseFont);
        target->setDocumentMargin(baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() * 1.6 : 18);
        QTextFrameFormat frame = target->rootFrame()->frameFormat();
        frame.setLeftMargin(sideMargin);
        frame.setRightMargin(sideMargin);
        target->rootFrame()->setFrameFormat(frame);
        m_cursor.beginEditBlock();
        m_body.setForeground(palette.color(QPalette::Text));
        m_body.setFont(baseFont);
        m_baseSize = baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() : 10.0;
        // Each paragraph's mentions and actions, so that writing stays linear in the text.
        m_mentionsOf.resize(document.paragraphs.size());
        m_actionsOf.resize(document.paragraphs.size());
        for (const Mention &mention : document.mentions) {
            if (mention.paragraph >= 0 && mention.paragraph < m_mentionsOf.size())
                m_mentionsOf[mention.paragraph].append(&mention);
        }
        for (int i = 0; i < document.actions.size(); ++i) {
            const int paragraph = document.actions.at(i).paragraph;
            if (paragraph >= 0 && paragraph < m_actionsOf.size())
                m_actionsOf[paragraph].append(i);
        }
    }

    ~Writer() { m_cursor.endEditBlock(); }

    ReaderLayout &layout() { return m_layout; }

    void heading(const QString &text, int level)
    {
        static constexpr qreal scales[] = { 1.7, 1.35, 1.15, 1.05 };
        const int clamped = std::clamp(level, 1, 4);
        QTextBlockFormat block;
        block.setHeadingLevel(clamped);
        block.setTopMargin(m_first ? 0 : m_baseSize * (clamped == 1 ? 1.0 : 1.6));
        block.setBottomMargin(m_baseSize * 0.5);
        QTextCharFormat format = m_body;
        format.setFontPointSize(m_baseSize * scales[clamped - 1]);
        format.setFontWeight(clamped <= 2 ? QFont::DemiBold : QFont::Bold);
        insertBlock(block, format);
        m_cursor.insertText(clean(text), format);
    }

    void note(const QString &text) { linkedNote({ { text, {} } }, 1.0); }

    /// A note line of pieces, those with an address written as links (opened in the browser);
    /// `spaceBelow` in lines.
    void linkedNote(const QList<std::pair<QString, QUrl>> &pieces, qreal spaceBelow = 0.4)
    {
        QTextBlockFormat block;
        block.setBottomMargin(m_baseSize * spaceBelow);
        QTextCharFormat format = m_body;
        format.setForeground(WindowPalette::mutedText(m_palette));
        format.setFontPointSize(m_baseSize * 0.92);
        insertBlock(block, format);
        for (const auto &[text, url] : pieces) {
            QTextCharFormat piece = format;
            if (url.isValid()) {
                piece.setAnchor(true);
                piece.setAnchorHref(url.toString());
                piece.setForeground(m_palette.color(QPalette::Link));
                piece.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                piece.setToolTip(url.toDisplayString());
            }
            m_cursor.insertText(clean(text), piece);
        }
    }

    /// Under the title: the procedure (linked to its file on the Legislative Observatory),
    /// what its procedure file adds when it was fetched, and where the vote's breakdowns came
    /// from when they were fetched.
    void sourceLines()
    {
        const Procedure &procedure = m_document.procedure;
        const QString separator = QStringLiteral(" \u00b7 ");
        QList<std::pair<QString, QUrl>> first;
        if (!procedure.reference.isEmpty()) {
            const QString reference = OnlineSources::canonicalReference(procedure.reference);
            first.append({ procedure.reference,
                reference.isEmpty() ? QUrl() : OnlineSources::procedureFileUrl(reference) });
        }
        for (const QString &part :
            { procedure.date.isValid() ? procedure.date.toString(QStringLiteral("dd/MM/yyyy"))
                                       : QString(),
                procedure.stage }) {
            if (part.isEmpty())
                continue;
            if (!first.isEmpty())
                first.append({ separator, {} });
            first.append({ part, {} });
        }
        QStringList players;
        if (!procedure.committee.isEmpty())
            players << Tr::tr("Committee responsible: %1").arg(procedure.committee);
        QStringList rapporteurs;
        for (const Rapporteur &rapporteur : procedure.rapporteurs) {
            rapporteurs << (rapporteur.group.isEmpty()
                    ? rapporteur.name
                    : QStringLiteral("%1 (%2)").arg(rapporteur.name, rapporteur.group));
        }
        if (!rapporteurs.isEmpty())
            players << (rapporteurs.size() == 1 ? Tr::tr("Rapporteur: %1")
                                                : Tr::tr("Rapporteurs: %1"))
                           .arg(rapporteurs.join(QStringLiteral(", ")));
        QStringList events;
        for (const KeyEvent &event : procedure.events) {
            if (event.date.isValid())
                events << QStringLiteral("%1 %2").arg(
                    event.event, event.date.toString(QStringLiteral("dd/MM/yyyy")));
        }
        if (first.isEmpty() && players.isEmpty() && events.isEmpty())
            return;
        if (!first.isEmpty())
            linkedNote(first);
        if (!players.isEmpty())
            linkedNote({ { players.join(separator), {} } });
        if (!events.isEmpty())
            linkedNote({ { Tr::tr("Key dates: %1").arg(events.join(separator)), {} } });
        if (m_document.vote && !m_document.vote->sourceUrl.isEmpty()) {
            linkedNote({ { Tr::tr("How each member voted: "), {} },
                { m_document.vote->breakdownSource, QUrl(m_document.vote->sourceUrl) } });
        }
        // The space the one-line note leaves under the title.
        QTextBlockFormat spacing = m_cursor.blockFormat();
        spacing.setBottomMargin(m_baseSize * 1.0);
        m_cursor.setBlockFormat(spacing);
    }

    void paragraph(int index)
    {
        const Paragraph &paragraph = m_document.paragraphs.at(index);
        const QString text = clean(paragraph.text);
        QTextBlockFormat block;
        block.setBottomMargin(m_baseSize * 0.8);
        block.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        insertBlock(block, m_body);
        const int base = m_cursor.position();

        QList<const Mention *> mentions;
        QList<qsizetype> cuts { 0, text.size() };
        for (const TextSpan &span : paragraph.emphasis)
            cuts << span.start << span.end();
        for (const Mention *mention : std::as_const(m_mentionsOf.at(index))) {
            if (mention->span.end() > text.size())
                continue;
            mentions << mention;
            cuts << mention->span.start << mention->span.end();
            m_layout.mentions.insert(
                mention->entity, TextSpan { base + mention->span.start, mention->span.length });
        }
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        // One sweep over the cuts, the emphasis spans and the mentions, each in order of start:
        // a paragraph with thousands of mentions is written in n log n, not n squared.
        QList<TextSpan> emphasis = paragraph.emphasis;
        const auto byStart = [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; };
        std::sort(emphasis.begin(), emphasis.end(), byStart);
        std::stable_sort(mentions.begin(), mentions.end(),
            [](const Mention *a, const Mention *b) { return a->span.start < b->span.start; });
        qsizetype nextEmphasis = 0;
        qsizetype emphasisEnd = -1; ///< the furthest end of the emphasis spans started so far
        qsizetype nextMention = 0;
        const Mention *open = nullptr; ///< the started mention reaching furthest
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const qsizetype from = cuts.at(i);
            const qsizetype to = cuts.at(i + 1);
            for (; nextEmphasis < emphasis.size() && emphasis.at(nextEmphasis).start <= from;
                 ++nextEmphasis)
                emphasisEnd = std::max(emphasisEnd, emphasis.at(nextEmphasis).end());
            for (; nextMention < mentions.size() && mentions.at(nextMention)->span.start <= from;
                 ++nextMention) {
                const Mention *started = mentions.at(nextMention);
                if (!open || started->span.end() > open->span.end())
                    open = started;
            }
            if (from < 0 || to > text.size() || from >= to)
                continue;
            QTextCharFormat format = m_body;
            if (emphasisEnd > from)
                format.setFontWeight(QFont::Bold);
            if (open && open->span.contains(from))
                linkFormat(format, open->entity);
            m_cursor.insertText(text.mid(from, to - from), format);
        }

        for (int actionIndex : std::as_const(m_actionsOf.at(index))) {
            const Action &action = m_document.actions.at(actionIndex);
            if (action.sentence.end() > text.size())
                continue;
            const TextSpan span { base + action.sentence.start, action.sentence.length };
            m_layout.actions.insert(action.id, span);
            m_layout.actionSpans.append({ actionIndex, span });
        }
    }

    void section(int index, int headingLevel)
    {
        const Section &section = m_document.sections.at(index);
        heading(section.title, headingLevel);
        for (int paragraph : section.paragraphs)
            this->paragraph(paragraph);
        for (int child : section.children)
            this->section(child, headingLevel + 1);
    }

private:
    // One character out for one character in: the spans stay valid document positions.
    static QString clean(QString text)
    {
        for (QChar &c : text) {
            if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator
                || c == QChar::LineSeparator || c == u'\t')
                c = u' ';
        }
        return text;
    }

    void insertBlock(const QTextBlockFormat &block, const QTextCharFormat &format)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(format);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, format);
        }
    }

    void linkFormat(QTextCharFormat &format, const QString &entityId)
    {
        const int entityIndex = m_document.entityIndex(entityId);
        const Entity *entity = entityIndex >= 0 ? &m_document.entities.at(entityIndex) : nullptr;
        const QColor colour
            = WindowPalette::roleText(entity ? entity->role : EntityRole::Mentioned, m_palette);
        QUrl url;
        url.setScheme(QStringLiteral("entity"));
        url.setPath(entityId);
        format.setAnchor(true);
        format.setAnchorHref(url.toString());
        format.setForeground(colour);
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(colour);
        if (entity) {
            const int actions = m_actionCounts.value(entityId);
            format.setToolTip(Tr::tr("%1 (%2), actions naming it: %3.\nClick to show its "
                                     "actions, Ctrl+click to add it to the filter.")
                                  .arg(displayName(*entity), entityRoleLabel(entity->role))
                                  .arg(actions));
        }
    }

    const Document &m_document;
    const QHash<QString, int> &m_actionCounts; ///< Document::actionCounts()
    const QPalette &m_palette;
    QTextCursor m_cursor;
    QTextCharFormat m_body;
    qreal m_baseSize = 10.0;
    bool m_first = true;
    ReaderLayout m_layout;
    QList<QList<const Mention *>> m_mentionsOf; ///< by paragraph index
    QList<QList<int>> m_actionsOf; ///< Document::actions indexes by paragraph index
};

} // namespace

ReaderLayout buildReaderDocument(QTextDocument *target, const Document &document,
    const QHash<QString, int> &actionCounts, const QString &sectionId, const QPalette &palette,
    const QFont &baseFont, qreal sideMargin)
{
    Writer writer(target, document, actionCounts, palette, baseFont, sideMargin);
    writer.layout().sectionId = sectionId;
    const int sectionIndex = sectionId.isEmpty() ? -1 : document.sectionIndex(sectionId);
    const QString title = document.procedure.title.isEmpty() ? Tr::tr("Untitled resolution")
                                                             : document.procedure.title;

    if (sectionIndex < 0) {
        writer.heading(title, 1);
        writer.sourceLines();
        for (int paragraph : document.preambleParagraphs())
            writer.paragraph(paragraph);
        for (int section : document.topLevelSections())
            writer.section(section, 2);
        if (document.paragraphs.isEmpty())
            writer.note(Tr::tr("This document has no text."));
        return writer.layout();
    }

    // Breadcrumbs: the resolution and the parent sections, above the section's heading.
    QStringList trail { title };
    QList<QString> parents;
    for (int parent = document.sections.at(sectionIndex).parent; parent >= 0;
         parent = document.sections.at(parent).parent)
        parents.prepend(document.sections.at(parent).title);
    trail << parents;
    writer.note(trail.join(QStringLiteral(" \u203a ")));
    writer.section(sectionIndex, 2);
    return writer.layout();
}

} // namespace re
