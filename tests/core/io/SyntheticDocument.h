// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QDateTime>

namespace re::test {

/// A hand-built document using every part of the format: preamble paragraphs, sections nested
/// three levels (depth-first pre-order, paragraphs in reading order), a vote with breakdowns,
/// entities of each kind, mentions and actions. All of it synthetic.
inline Document syntheticDocument()
{
    Document d;
    d.procedure.reference = QStringLiteral("0000/0001(INI)");
    d.procedure.title = QStringLiteral("Synthetic resolution on \"partners\", tests & more");
    d.procedure.date = QDate(2025, 7, 9);
    d.procedure.stage = QStringLiteral("Text adopted by Parliament, single reading");
    d.procedure.committee = QStringLiteral("SYNT Synthetic Affairs");
    d.procedure.rapporteurs = { { QStringLiteral("SYNTHETIC Rapporteur"), QStringLiteral("G1") } };
    d.procedure.events = { { QDate(2025, 6, 1), QStringLiteral("Vote in committee"), {}, {} },
        { QDate(2025, 7, 9), QStringLiteral("Decision by Parliament"),
            QStringLiteral("T0-0001/2025"), QStringLiteral("1") } };
    d.procedure.sourceUrl = QStringLiteral("http://127.0.0.1:1/oeil/en/document-summary?id=1");
    d.procedure.fetched = QDateTime(QDate(2025, 7, 10), QTime(8, 30), Qt::UTC);

    Vote vote;
    vote.votesFor = 400;
    vote.against = 120;
    vote.abstentions = 35;
    vote.seats = 720;
    vote.groups = { { QStringLiteral("EPP"), QStringLiteral("Synthetic Group One"),
                        QStringLiteral("G1"), 150, 10, 5, 3 },
        { QStringLiteral("S&D"), QStringLiteral("Synthetic Group Two"), QStringLiteral("G2"), 120,
            2, 1, 0 } };
    vote.countries
        = { { QStringLiteral("MLT"), QStringLiteral("Malta"), QStringLiteral("MT"), 4, 1, 0, 1 } };
    vote.breakdownSource = QStringLiteral("Synthetic roll-call data, vote 1 (2025-07-09)");
    vote.sourceUrl = QStringLiteral("http://127.0.0.1:1/votes/1");
    d.vote = vote;

    const auto paragraph = [&d](const QString &id, const QString &text, int section,
                               qsizetype offset, QList<TextSpan> emphasis = {}) {
        d.paragraphs.append(Paragraph { id, text, section, offset, emphasis });
        if (section >= 0)
            d.sections[section].paragraphs.append(int(d.paragraphs.size() - 1));
    };
    const auto section = [&d](const QString &id, const QString &title, int level, int parent) {
        d.sections.append(Section { id, title, level, parent, {}, {} });
        if (parent >= 0)
            d.sections[parent].children.append(int(d.sections.size() - 1));
    };

    // Preamble.
    paragraph(QStringLiteral("p1"),
        QStringLiteral("The synthetic Parliament calls on the Commission to act."), -1, 0,
        { { 4, 9 } });
    paragraph(QStringLiteral("p2"), QString(), -1, -1);
    // s1 > s1.1 > s1.1.1, then s1.2, then s2.
    section(QStringLiteral("s1"), QStringLiteral("Partners"), 1, -1);
    paragraph(QStringLiteral("p3"),
        QStringLiteral("Welcomes Ukraine as a partner, \"quoted\", and NATO."), 0, 120);
    section(QStringLiteral("s1.1"), QStringLiteral("The Western Balkans"), 2, 0);
    paragraph(QStringLiteral("p4"),
        QStringLiteral("Urges the Western Balkans, including Albania, to align."), 1, 200,
        { { 0, 5 }, { 10, 15 } });
    section(QStringLiteral("s1.1.1"), QStringLiteral("Deep, with a comma"), 3, 1);
    paragraph(QStringLiteral("p5"),
        QStringLiteral("Deplores\tthe threat;\nline two with ünïcödé and a \\ backslash."), 2, 300);
    section(QStringLiteral("s1.2"), QStringLiteral("Empty subsection"), 2, 0);
    section(QStringLiteral("s2"), QStringLiteral("Final provisions"), 1, -1);
    paragraph(
        QStringLiteral("p6"), QStringLiteral("Instructs its President to forward this."), 4, 400);
    paragraph(QStringLiteral("p7"), QStringLiteral("Control \x01 character."), 4, 450);

    d.entities = {
        { QStringLiteral("UKR"), QStringLiteral("Ukraine"), EntityKind::Country,
            EntityRole::Partner, {}, {}, QStringLiteral("p3") },
        { QStringLiteral("NATO"), QStringLiteral("NATO"), EntityKind::Organisation,
            EntityRole::PartnerOrganisation, { QStringLiteral("ALB"), QStringLiteral("USA") }, {},
            {} },
        { QStringLiteral("western-balkans"), QStringLiteral("Western Balkans"),
            EntityKind::Grouping, EntityRole::PartnerToDevelop,
            { QStringLiteral("ALB"), QStringLiteral("SRB") }, {}, QStringLiteral("p4") },
        { QStringLiteral("ALB"), QStringLiteral("Albania"), EntityKind::Country,
            EntityRole::Mentioned, {}, {}, {} },
        { QStringLiteral("SRB"), QStringLiteral("Serbia"), EntityKind::Country,
            EntityRole::UnderReview, {}, QStringLiteral("western-balkans"), {} },
    };

    d.mentions = {
        { QStringLiteral("UKR"), 2, { 9, 7 } },
        { QStringLiteral("NATO"), 2, { 45, 4 } },
        { QStringLiteral("western-balkans"), 3, { 10, 15 } },
        { QStringLiteral("ALB"), 3, { 37, 7 } },
    };

    d.actions = {
        { QStringLiteral("a1"),
            QStringLiteral("The synthetic Parliament calls on the Commission "
                           "to act."),
            VerbKind::Call, { QStringLiteral("Commission") }, {}, {}, -1, 0, { 0, 56 }, { 25, 5 },
            {} },
        { QStringLiteral("a2"),
            QStringLiteral("Welcomes Ukraine as a partner, \"quoted\", and "
                           "NATO."),
            VerbKind::Welcome, {}, { QStringLiteral("UKR"), QStringLiteral("NATO") },
            { QStringLiteral("Security, defence") }, 0, 2, { 0, 50 }, { 0, 8 }, {} },
        { QStringLiteral("a3"),
            QStringLiteral("Urges the Western Balkans, including Albania, "
                           "to align."),
            VerbKind::Urge, { QStringLiteral("partners"), QStringLiteral("EU") },
            { QStringLiteral("western-balkans"), QStringLiteral("ALB") },
            { QStringLiteral("Enlargement"), QStringLiteral("Rule of law") }, 1, 3, { 0, 55 },
            { 0, 5 }, {} },
        { QStringLiteral("a4"), QStringLiteral("Deplores\tthe threat;\nline two"),
            VerbKind::Deplore, {}, {}, {}, 2, 4, { 0, 29 }, { 0, 8 }, {} },
    };
    for (Action &action : d.actions)
        action.acts = { { action.verb, action.paragraph, action.verbSpan, false } };
    // A statement with two acts, one implicit (a deontic clause taken as a call).
    d.actions[1].acts.append({ VerbKind::Call, 2, { 9, 7 }, true });
    d.sourceName = QStringLiteral("synthetic-summary.md");
    return d;
}

} // namespace re::test
