// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/StatementBuilder.h"

#include "import/ActionExtractor.h"
#include "import/ThemeCatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace re {

namespace {

/// Where a list item's own text starts after its marker ("- ", "• ", "(a) "), or 0; -1 when
/// the paragraph does not read as a list item.
qsizetype listItemStart(const QString &text)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(?:[-\u2013\u2014\u2022\u25aa*]|\\(?[a-z]\\)|\\(?[ivx]+\\))\\s+"));
    const QRegularExpressionMatch match = marker.match(text);
    if (match.hasMatch())
        return match.capturedEnd();
    const qsizetype first = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
        return !c.isSpace();
    }) - text.cbegin();
    return first < text.size() && text.at(first).isLower() ? first : -1;
}

bool endsWithColon(const QString &text, const TextSpan &span)
{
    const QString body = text.mid(span.start, span.length).trimmed();
    return body.endsWith(u':');
}

void addUnique(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

/// The statement's shown kind and verb span, from its acts.
void finish(Action &statement)
{
    std::stable_sort(
        statement.acts.begin(), statement.acts.end(), [](const SpeechAct &a, const SpeechAct &b) {
            return std::pair(a.paragraph, a.span.start) < std::pair(b.paragraph, b.span.start);
        });
    // The kind shown is what the statement says in its own words; only a statement whose acts
    // are all implicit shows an implicit one.
    const bool anyExplicit = std::any_of(statement.acts.cbegin(), statement.acts.cend(),
        [](const SpeechAct &act) { return !act.implicit; });
    const SpeechAct *strongest = nullptr;
    for (const SpeechAct &act : std::as_const(statement.acts)) {
        if (anyExplicit && act.implicit)
            continue;
        if (!strongest || verbKindStrength(act.kind) > verbKindStrength(strongest->kind))
            strongest = &act;
    }
    statement.verb = strongest->kind;
    const bool inSentence = strongest->paragraph == statement.paragraph
        && strongest->span.start >= statement.sentence.start
        && strongest->span.end() <= statement.sentence.end();
    statement.verbSpan = inSentence ? strongest->span : TextSpan { statement.sentence.start, 0 };
}

/// A statement and its frame: the reporting acts (its own, or carried on) that a sentence
/// after it without a speaker of its own carries on. Deontic calls are not part of the frame.
struct Framed
{
    Action statement;
    QList<SpeechAct> frame;
};

/// A statement of one sentence with the acts its own words give; nullopt when they give none,
/// no frame carries on into it and it has no deontic clause.
std::optional<Framed> sentenceStatement(
    const Document &document, const NamedSentence &sentence, const QList<SpeechAct> *frame)
{
    const Paragraph &paragraph = document.paragraphs.at(sentence.paragraph);
    Action statement;
    QStringList addressees;
    const SentenceActs acts = findSentenceActs(paragraph.text, sentence.span);
    for (const VerbHit &verb : acts.verbs) {
        statement.acts.append({ verb.kind, sentence.paragraph, verb.span, false });
        addUnique(addressees, findAddressees(paragraph.text, sentence.span, verb));
    }
    if (statement.acts.isEmpty() && frame) {
        for (const SpeechAct &act : *frame) {
            if (!statement.hasAct(act.kind))
                statement.acts.append({ act.kind, act.paragraph, act.span, true });
        }
    }
    // A summary states Parliament's position throughout, so a sentence with a deontic clause of
    // its own ("Member States should refrain from ...") is an implicit call even without a
    // speaker or a frame before it (legislative summaries give their amendments that way),
    // addressed to the clause's subject; it carries no frame on to the next sentence.
    const QList<SpeechAct> frameActs = statement.acts;
    if (frameActs.isEmpty() && acts.deontic.isEmpty())
        return std::nullopt;
    for (const TextSpan &clause : acts.deontic) {
        statement.acts.append({ VerbKind::Call, sentence.paragraph, clause, true });
        if (frameActs.isEmpty())
            addUnique(addressees, findDeonticAddressees(paragraph.text, sentence.span, clause));
    }
    statement.text = paragraph.text.mid(sentence.span.start, sentence.span.length);
    statement.addressees = addressees;
    statement.entities = sentence.entities;
    statement.section = paragraph.section;
    statement.paragraph = sentence.paragraph;
    statement.sentence = sentence.span;
    return Framed { statement, frameActs };
}

} // namespace

QList<Action> buildStatements(
    const Document &document, const QList<NamedSentence> &sentences, const ThemeCatalog &themes)
{
    QList<Action> statements;
    std::optional<Action> leadIn; ///< waiting for its items
    bool leadInHasItems = false;
    std::optional<QList<SpeechAct>> frame; ///< of the last statement of this paragraph
    int framedParagraph = -1;
    int itemParagraph = -1; ///< the list item paragraph already made a statement

    QSet<QString> mentioned; // an addressee is an entity of the statement when the text names it
    for (const Mention &mention : document.mentions)
        mentioned.insert(mention.entity);
    const auto append = [&](Action statement) {
        finish(statement);
        for (const QString &addressee : std::as_const(statement.addressees)) {
            const QString id = addresseeEntity(addressee);
            if (!id.isEmpty() && mentioned.contains(id))
                addUnique(statement.entities, { id });
        }
        statement.themes = themes.themesIn(statement.text);
        statement.id = QStringLiteral("a%1").arg(statements.size() + 1);
        statements.append(std::move(statement));
    };
    const auto closeLeadIn = [&] {
        if (leadIn && !leadInHasItems)
            append(*leadIn); // no item followed: the lead-in is a statement after all
        leadIn.reset();
        leadInHasItems = false;
    };

    for (qsizetype index = 0; index < sentences.size(); ++index) {
        const NamedSentence &sentence = sentences.at(index);
        const Paragraph &paragraph = document.paragraphs.at(sentence.paragraph);
        if (sentence.paragraph != framedParagraph) {
            frame.reset();
            framedParagraph = sentence.paragraph;
        }
        if (leadIn && sentence.paragraph != leadIn->paragraph) {
            const qsizetype itemStart = listItemStart(paragraph.text);
            if (itemStart < 0 || paragraph.section != leadIn->section) {
                closeLeadIn();
            } else {
                if (sentence.paragraph == itemParagraph)
                    continue; // the whole item is one statement, made at its first sentence
                itemParagraph = sentence.paragraph;
                leadInHasItems = true;
                // The item: its own text (after the marker), the lead-in's acts and addressees.
                Action item;
                const TextSpan whole { itemStart, paragraph.text.size() - itemStart };
                const NamedSentence itemSentence { sentence.paragraph, whole, {} };
                item.acts = leadIn->acts;
                if (const auto own = sentenceStatement(document, itemSentence, nullptr))
                    item.acts.append(own->statement.acts);
                item.text = paragraph.text.mid(whole.start, whole.length);
                item.addressees = leadIn->addressees;
                for (qsizetype next = index;
                     next < sentences.size() && sentences.at(next).paragraph == sentence.paragraph;
                     ++next)
                    addUnique(item.entities, sentences.at(next).entities);
                item.section = paragraph.section;
                item.paragraph = sentence.paragraph;
                item.sentence = whole;
                append(item);
                continue;
            }
        }
        std::optional<Framed> framed
            = sentenceStatement(document, sentence, frame ? &*frame : nullptr);
        if (!framed)
            continue;
        frame = framed->frame;
        if (endsWithColon(paragraph.text, sentence.span)) {
            closeLeadIn();
            leadIn = framed->statement;
            continue;
        }
        append(framed->statement);
    }
    closeLeadIn();
    return statements;
}

} // namespace re
