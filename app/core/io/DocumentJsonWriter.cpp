// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// documentToJson(): a document in the resolution-explorer/1 format (docs/FORMAT.md).
#include "io/DocumentJson.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The id of the item at index, or null when the index is out of range (-1 means "none").
template<typename T> void writeIdOrNull(JsonWriter &writer, const QList<T> &list, int index)
{
    if (index >= 0 && index < list.size())
        writer.string(list.at(index).id);
    else
        writer.null();
}

void writeVoteRows(JsonWriter &writer, QLatin1String key, const QList<VoteBreakdownRow> &rows)
{
    if (rows.isEmpty())
        return;
    writer.key(key);
    writer.beginArray();
    for (const VoteBreakdownRow &row : rows) {
        writer.beginObject(JsonWriter::Inline);
        writer.field("code"_L1, row.code);
        writer.field("label"_L1, row.label);
        writer.field("short_label"_L1, row.shortLabel);
        writer.field("for"_L1, row.votesFor);
        writer.field("against"_L1, row.against);
        writer.field("abstentions"_L1, row.abstentions);
        writer.field("did_not_vote"_L1, row.didNotVote);
        writer.endObject();
    }
    writer.endArray();
}

void writeVote(JsonWriter &writer, const std::optional<Vote> &vote)
{
    writer.key("vote"_L1);
    if (!vote) {
        writer.null();
        return;
    }
    writer.beginObject();
    writer.field("for"_L1, vote->votesFor);
    writer.field("against"_L1, vote->against);
    writer.field("abstentions"_L1, vote->abstentions);
    if (vote->seats > 0)
        writer.field("seats"_L1, vote->seats);
    writeVoteRows(writer, "groups"_L1, vote->groups);
    writeVoteRows(writer, "countries"_L1, vote->countries);
    if (!vote->breakdownSource.isEmpty())
        writer.field("breakdown_source"_L1, vote->breakdownSource);
    if (!vote->sourceUrl.isEmpty())
        writer.field("source_url"_L1, vote->sourceUrl);
    writer.endObject();
}

/// What a procedure file added (1.3): written only when there is something.
void writeProcedureFileKeys(JsonWriter &writer, const Procedure &procedure)
{
    if (!procedure.committee.isEmpty())
        writer.field("committee"_L1, procedure.committee);
    if (!procedure.rapporteurs.isEmpty()) {
        writer.key("rapporteurs"_L1);
        writer.beginArray();
        for (const Rapporteur &rapporteur : procedure.rapporteurs) {
            writer.beginObject(JsonWriter::Inline);
            writer.field("name"_L1, rapporteur.name);
            writer.field("group"_L1, rapporteur.group);
            writer.endObject();
        }
        writer.endArray();
    }
    if (!procedure.events.isEmpty()) {
        writer.key("events"_L1);
        writer.beginArray();
        for (const KeyEvent &event : procedure.events) {
            writer.beginObject(JsonWriter::Inline);
            writer.field(
                "date"_L1, event.date.isValid() ? event.date.toString(Qt::ISODate) : QString());
            writer.field("event"_L1, event.event);
            writer.field("reference"_L1, event.reference);
            writer.field("summary_id"_L1, event.summaryId);
            writer.endObject();
        }
        writer.endArray();
    }
    if (!procedure.sourceUrl.isEmpty())
        writer.field("source_url"_L1, procedure.sourceUrl);
    if (procedure.fetched.isValid())
        writer.field("fetched"_L1, procedure.fetched.toUTC().toString(Qt::ISODate));
}

void writeParagraphs(JsonWriter &writer, const Document &document, const QList<int> &indexes)
{
    writer.key("paragraphs"_L1);
    writer.beginArray();
    for (int index : indexes) {
        if (index < 0 || index >= document.paragraphs.size())
            continue;
        const Paragraph &paragraph = document.paragraphs.at(index);
        writer.beginObject();
        writer.field("id"_L1, paragraph.id);
        writer.field("text"_L1, paragraph.text);
        writer.key("emphasis"_L1);
        writer.spanList(paragraph.emphasis);
        writer.key("source_offset"_L1);
        if (paragraph.sourceOffset >= 0)
            writer.number(paragraph.sourceOffset);
        else
            writer.null();
        writer.endObject();
    }
    writer.endArray();
}

/// Writes the "sections" key with the given sections nested; visited guards against cycles.
void writeSections(
    JsonWriter &writer, const Document &document, const QList<int> &indexes, QList<bool> &visited)
{
    writer.key("sections"_L1);
    writer.beginArray();
    for (int index : indexes) {
        if (index < 0 || index >= document.sections.size() || visited.at(index))
            continue;
        visited[index] = true;
        const Section &section = document.sections.at(index);
        writer.beginObject();
        writer.field("id"_L1, section.id);
        writer.field("title"_L1, section.title);
        writer.field("level"_L1, section.level);
        writeParagraphs(writer, document, section.paragraphs);
        writeSections(writer, document, section.children, visited);
        writer.endObject();
    }
    writer.endArray();
}

void writeEntity(JsonWriter &writer, const Entity &entity)
{
    writer.beginObject();
    writer.field("id"_L1, entity.id);
    writer.field("name"_L1, entity.name);
    writer.field("kind"_L1, entityKindKey(entity.kind));
    writer.field("role"_L1, entityRoleKey(entity.role));
    writer.key("members"_L1);
    writer.stringList(entity.members);
    writer.field("via"_L1, entity.via);
    writer.field("evidence"_L1, entity.evidence);
    writer.endObject();
}

void writeMention(JsonWriter &writer, const Document &document, const Mention &mention)
{
    writer.beginObject(JsonWriter::Inline);
    writer.field("entity"_L1, mention.entity);
    writer.key("paragraph"_L1);
    writeIdOrNull(writer, document.paragraphs, mention.paragraph);
    writer.field("start"_L1, mention.span.start);
    writer.field("length"_L1, mention.span.length);
    writer.endObject();
}

} // namespace

void writeActionFields(JsonWriter &writer, const Document &document, const Action &action)
{
    writer.field("id"_L1, action.id);
    writer.field("text"_L1, action.text);
    writer.field("verb"_L1, verbKindKey(action.verb));
    writer.key("addressees"_L1);
    writer.stringList(action.addressees);
    writer.key("entities"_L1);
    writer.stringList(action.entities);
    writer.key("themes"_L1);
    writer.stringList(action.themes);
    writer.key("section"_L1);
    writeIdOrNull(writer, document.sections, action.section);
    writer.key("paragraph"_L1);
    writeIdOrNull(writer, document.paragraphs, action.paragraph);
    writer.key("sentence"_L1);
    writer.span(action.sentence);
    writer.key("verb_span"_L1);
    writer.span(action.verbSpan);
    writer.key("acts"_L1);
    writer.beginArray(JsonWriter::Inline);
    for (const SpeechAct &act : action.acts) {
        writer.beginObject(JsonWriter::Inline);
        writer.field("verb"_L1, verbKindKey(act.kind));
        writer.key("paragraph"_L1);
        writeIdOrNull(writer, document.paragraphs, act.paragraph);
        writer.key("span"_L1);
        writer.span(act.span);
        writer.key("implicit"_L1);
        writer.boolean(act.implicit);
        writer.endObject();
    }
    writer.endArray();
}

QByteArray documentToJson(const Document &document, JsonLayout layout)
{
    JsonWriter writer(layout);
    writer.beginObject();
    writer.field("format"_L1, QString::fromLatin1(DocumentFormatId));

    writer.key("procedure"_L1);
    writer.beginObject();
    writer.field("reference"_L1, document.procedure.reference);
    writer.field("title"_L1, document.procedure.title);
    writer.key("date"_L1);
    if (document.procedure.date.isValid())
        writer.string(document.procedure.date.toString(Qt::ISODate));
    else
        writer.null();
    writer.field("stage"_L1, document.procedure.stage);
    writeProcedureFileKeys(writer, document.procedure);
    writer.endObject();

    writeVote(writer, document.vote);
    writeParagraphs(writer, document, document.preambleParagraphs());
    QList<bool> visited(document.sections.size(), false);
    writeSections(writer, document, document.topLevelSections(), visited);

    writer.key("entities"_L1);
    writer.beginArray();
    for (const Entity &entity : document.entities)
        writeEntity(writer, entity);
    writer.endArray();

    writer.key("mentions"_L1);
    writer.beginArray();
    for (const Mention &mention : document.mentions)
        writeMention(writer, document, mention);
    writer.endArray();

    writer.key("actions"_L1);
    writer.beginArray();
    for (const Action &action : document.actions) {
        writer.beginObject();
        writeActionFields(writer, document, action);
        writer.endObject();
    }
    writer.endArray();

    writer.field("source"_L1, document.sourceName);
    writer.endObject();
    return writer.data();
}

} // namespace re
