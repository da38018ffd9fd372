// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentBuilder.h"

#include "document/Gazetteer.h"
#include "import/RoleClassifier.h"
#include "import/StatementBuilder.h"
#include "import/TextScan.h"
#include "import/ThemeCatalog.h"
#include "import/VoteSentence.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace re {

namespace {

/// Sections and paragraphs from the blocks, with ids in reading order.
void buildStructure(const SummaryBlocks &summary, Document &doc)
{
    int current = -1;
    int topLevelCount = 0;
    for (const SummaryBlock &block : summary.blocks) {
        if (block.kind == SummaryBlock::Kind::Heading) {
            const int level = std::max(1, block.level);
            int parent = current;
            while (parent >= 0 && doc.sections.at(parent).level >= level)
                parent = doc.sections.at(parent).parent;
            Section section;
            section.title = block.text;
            section.level = level;
            section.parent = parent;
            const int index = int(doc.sections.size());
            if (parent < 0) {
                section.id = QStringLiteral("s%1").arg(++topLevelCount);
            } else {
                Section &parentSection = doc.sections[parent];
                section.id
                    = parentSection.id + u'.' + QString::number(parentSection.children.size() + 1);
                parentSection.children.append(index);
            }
            doc.sections.append(section);
            current = index;
            continue;
        }
        Paragraph paragraph;
        paragraph.id = QStringLiteral("p%1").arg(doc.paragraphs.size() + 1);
        paragraph.text = block.text;
        paragraph.section = current;
        paragraph.sourceOffset = block.sourceOffset;
        paragraph.emphasis = block.emphasis;
        if (current >= 0)
            doc.sections[current].paragraphs.append(int(doc.paragraphs.size()));
        doc.paragraphs.append(paragraph);
    }
}

void findVote(Document &doc)
{
    // The preamble first (where OEIL states the vote), then the body.
    QList<int> order = doc.preambleParagraphs();
    const QSet<int> preamble(order.cbegin(), order.cend()); // a set: 10k paragraphs are common
    for (int i = 0; i < doc.paragraphs.size(); ++i) {
        if (!preamble.contains(i))
            order.append(i);
    }
    for (int index : order) {
        if (auto vote = parseVoteSentence(doc.paragraphs.at(index).text)) {
            doc.vote = vote;
            return;
        }
    }
}

/// The countries the title is about ("Resolution on the situation in Nicaragua") take the role
/// "subject of the resolution" where the text gives them none stronger; the evidence is the
/// first paragraph that names them.
void addSubjects(
    const Document &doc, const Gazetteer &gazetteer, QHash<QString, RoleFinding> &roles)
{
    const QList<Gazetteer::Match> inTitle = gazetteer.findMentions(doc.procedure.title);
    for (const Gazetteer::Match &match : inTitle) {
        const GazetteerEntry *entry = gazetteer.find(match.id);
        if (!entry || entry->kind != EntityKind::Country)
            continue;
        const auto named = std::find_if(doc.mentions.cbegin(), doc.mentions.cend(),
            [&match](const Mention &m) { return m.entity == match.id; });
        if (named == doc.mentions.cend())
            continue; // only what the text itself names
        RoleFinding &finding = roles[match.id];
        if (rolePrecedence(finding.role) < rolePrecedence(EntityRole::Subject))
            finding = { EntityRole::Subject, named->paragraph };
    }
}

void addEntities(
    Document &doc, const Gazetteer &gazetteer, const QHash<QString, RoleFinding> &roles)
{
    QStringList order;
    QSet<QString> seen; // mentions run to tens of thousands in long summaries
    for (const Mention &mention : doc.mentions) {
        if (!seen.contains(mention.entity)) {
            seen.insert(mention.entity);
            order.append(mention.entity);
        }
    }
    for (const QString &id : order) {
        const GazetteerEntry *entry = gazetteer.find(id);
        if (!entry)
            continue;
        Entity entity;
        entity.id = id;
        entity.name = entry->name;
        entity.kind = entry->kind;
        entity.members = entry->members;
        const RoleFinding finding = roles.value(id);
        entity.role = finding.role;
        if (finding.paragraph >= 0)
            entity.evidence = doc.paragraphs.at(finding.paragraph).id;
        doc.entities.append(entity);
    }
    // Members of a named grouping take part through it ("Western Balkan countries").
    const QList<Entity> named = doc.entities;
    for (const Entity &grouping : named) {
        if (grouping.kind != EntityKind::Grouping)
            continue;
        for (const QString &memberId : grouping.members) {
            const int existing = doc.entityIndex(memberId);
            if (existing >= 0) {
                Entity &member = doc.entities[existing];
                if (rolePrecedence(grouping.role) > rolePrecedence(member.role)) {
                    member.role = grouping.role;
                    member.evidence = grouping.evidence;
                }
                continue;
            }
            const GazetteerEntry *entry = gazetteer.find(memberId);
            if (!entry)
                continue;
            Entity member;
            member.id = memberId;
            member.name = entry->name;
            member.kind = entry->kind;
            member.role = grouping.role;
            member.via = grouping.id;
            member.evidence = grouping.evidence;
            doc.entities.append(member);
        }
    }
}

} // namespace

Document buildDocument(const SummaryBlocks &summary, const Gazetteer &gazetteer)
{
    Document doc;
    doc.procedure.title = summary.title;
    doc.procedure.reference = summary.reference;
    doc.procedure.date = summary.date;
    doc.procedure.stage = summary.stage;
    buildStructure(summary, doc);
    findVote(doc);

    QHash<QString, EntityKind> kinds;
    for (const GazetteerEntry &entry : gazetteer.entries())
        kinds.insert(entry.id, entry.kind);

    QList<SentenceMentions> sentences;
    QList<NamedSentence> named;
    for (int p = 0; p < doc.paragraphs.size(); ++p) {
        const Paragraph &paragraph = doc.paragraphs.at(p);
        QList<Mention> paragraphMentions;
        for (const Gazetteer::Match &match : gazetteer.findMentions(paragraph.text))
            paragraphMentions.append({ match.id, p, match.span });
        std::stable_sort(paragraphMentions.begin(), paragraphMentions.end(),
            [](const Mention &a, const Mention &b) { return a.span.start < b.span.start; });
        doc.mentions.append(paragraphMentions);

        qsizetype next = 0; // mentions are in text order, and so are the sentences
        for (const TextSpan &sentence : splitSentences(paragraph.text)) {
            SentenceMentions entry { &paragraph.text, sentence, {}, p };
            NamedSentence names { p, sentence, {} };
            while (next < paragraphMentions.size()
                && paragraphMentions.at(next).span.start < sentence.start)
                ++next;
            for (qsizetype m = next; m < paragraphMentions.size()
                 && paragraphMentions.at(m).span.start < sentence.end();
                 ++m) {
                const Mention &mention = paragraphMentions.at(m);
                if (mention.span.end() > sentence.end())
                    continue;
                entry.mentions.append(mention);
                if (!names.entities.contains(mention.entity))
                    names.entities.append(mention.entity);
            }
            sentences.append(entry);
            named.append(names);
        }
    }
    doc.actions = buildStatements(doc, named, ThemeCatalog::builtin());
    QHash<QString, RoleFinding> roles = classifyRoles(sentences, kinds);
    addSubjects(doc, gazetteer, roles);
    addEntities(doc, gazetteer, roles);
    doc.buildLookup();
    return doc;
}

} // namespace re
