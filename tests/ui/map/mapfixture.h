// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QStringList>

namespace re::test {

/// A small hand-made document for the map tests (synthetic: no fact here comes from a real
/// resolution). Sections: s1 "Partners" (p1: Norway, Russia, Belarus; action a1 on Norway),
/// s2 "Enlargement" (p2: Western Balkans, Serbia; action a2 on the Western Balkans; p3: NATO,
/// Hungary, and many European neighbours to crowd the labels).
inline Document mapTestDocument()
{
    Document d;
    d.procedure.reference = QStringLiteral("0000/0000(INI)");
    d.procedure.title = QStringLiteral("Synthetic map test resolution");

    auto addEntity = [&d](const char *id, const char *name, EntityKind kind, EntityRole role,
                         const QStringList &members = {}, const char *via = "") {
        Entity e;
        e.id = QString::fromLatin1(id);
        e.name = QString::fromLatin1(name);
        e.kind = kind;
        e.role = role;
        e.members = members;
        e.via = QString::fromLatin1(via);
        d.entities.append(e);
    };
    const QStringList balkans { QStringLiteral("ALB"), QStringLiteral("BIH"), QStringLiteral("MNE"),
        QStringLiteral("MKD"), QStringLiteral("SRB"), QStringLiteral("XKX") };
    addEntity("NOR", "Norway", EntityKind::Country, EntityRole::PriorityPartner);
    addEntity("RUS", "Russia", EntityKind::Country, EntityRole::Threat);
    addEntity("BLR", "Belarus", EntityKind::Country, EntityRole::SupporterOfThreat);
    addEntity("UKR", "Ukraine", EntityKind::Country, EntityRole::CornerstonePartner);
    addEntity("HUN", "Hungary", EntityKind::Country, EntityRole::Criticised);
    addEntity("western-balkans", "Western Balkans", EntityKind::Grouping,
        EntityRole::PartnerToDevelop, balkans);
    addEntity("SRB", "Serbia", EntityKind::Country, EntityRole::PartnerToDevelop);
    for (const char *id : { "ALB", "BIH", "MNE", "MKD", "XKX" }) {
        addEntity(id, id, EntityKind::Country, EntityRole::PartnerToDevelop, {}, "western-balkans");
    }
    addEntity("NATO", "NATO", EntityKind::Organisation, EntityRole::PartnerOrganisation,
        { QStringLiteral("NOR"), QStringLiteral("USA"), QStringLiteral("FRA"),
            QStringLiteral("DEU"), QStringLiteral("POL") });
    addEntity("EU", "European Union", EntityKind::Organisation, EntityRole::Mentioned,
        { QStringLiteral("FRA"), QStringLiteral("DEU"), QStringLiteral("POL"),
            QStringLiteral("HUN"), QStringLiteral("BEL"), QStringLiteral("NLD"),
            QStringLiteral("LUX"), QStringLiteral("AUT"), QStringLiteral("CZE") });
    // Mentioned neighbours, to crowd the labels in central Europe.
    addEntity("DEU", "Germany", EntityKind::Country, EntityRole::Mentioned);
    addEntity("BEL", "Belgium", EntityKind::Country, EntityRole::Mentioned);
    addEntity("NLD", "Netherlands", EntityKind::Country, EntityRole::Mentioned);
    addEntity("LUX", "Luxembourg", EntityKind::Country, EntityRole::Mentioned);
    addEntity("AUT", "Austria", EntityKind::Country, EntityRole::Mentioned);
    addEntity("CZE", "Czechia", EntityKind::Country, EntityRole::Mentioned);
    addEntity("CHE", "Switzerland", EntityKind::Country, EntityRole::Mentioned);
    addEntity("LIE", "Liechtenstein", EntityKind::Country, EntityRole::Mentioned);

    auto addParagraph = [&d](const char *text, int section) {
        Paragraph p;
        p.id = QStringLiteral("p%1").arg(d.paragraphs.size() + 1);
        p.text = QString::fromLatin1(text);
        p.section = section;
        d.paragraphs.append(p);
        d.sections[section].paragraphs.append(int(d.paragraphs.size() - 1));
    };
    Section partners;
    partners.id = QStringLiteral("s1");
    partners.title = QStringLiteral("Partners");
    Section enlargement;
    enlargement.id = QStringLiteral("s2");
    enlargement.title = QStringLiteral("Enlargement");
    d.sections = { partners, enlargement };
    addParagraph("Synthetic: Norway is close; Russia and Belarus are not.", 0);
    addParagraph("Synthetic: the Western Balkans and Serbia.", 1);
    addParagraph("Synthetic: NATO, Hungary, Germany, Belgium, the Netherlands, Luxembourg, "
                 "Austria, Czechia, Switzerland, Liechtenstein.",
        1);

    auto mention = [&d](const char *entity, int paragraph) {
        const QString id = QString::fromLatin1(entity);
        const qsizetype at
            = d.paragraphs.at(paragraph).text.indexOf(d.entities.at(d.entityIndex(id)).name);
        d.mentions.append({ id, paragraph, { std::max<qsizetype>(at, 0), 3 } });
    };
    mention("NOR", 0);
    mention("RUS", 0);
    mention("BLR", 0);
    mention("western-balkans", 1);
    mention("SRB", 1);
    for (const char *id : { "NATO", "HUN", "DEU", "BEL", "NLD", "LUX", "AUT", "CZE", "CHE", "LIE" })
        mention(id, 2);

    Action a1;
    a1.id = QStringLiteral("a1");
    a1.text = d.paragraphs.at(0).text;
    a1.entities = { QStringLiteral("NOR") };
    a1.section = 0;
    a1.paragraph = 0;
    Action a2;
    a2.id = QStringLiteral("a2");
    a2.text = d.paragraphs.at(1).text;
    a2.entities = { QStringLiteral("western-balkans") };
    a2.section = 1;
    a2.paragraph = 1;
    d.actions = { a1, a2 };
    d.sourceName = QStringLiteral("synthetic");
    return d;
}

} // namespace re::test
