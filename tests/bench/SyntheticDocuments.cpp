// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticDocuments.h"

#include <QDate>
#include <QDir>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStringList>
#include <array>

namespace re::bench {
namespace {

constexpr std::array words = {
    "the",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "its",
    "their",
    "cooperation",
    "security",
    "defence",
    "partnership",
    "strategic",
    "capabilities",
    "resilience",
    "industry",
    "support",
    "regional",
    "stability",
    "joint",
    "training",
    "missions",
    "sanctions",
    "threats",
    "hybrid",
    "cyber",
    "maritime",
    "space",
    "energy",
    "supply",
    "chains",
    "investment",
    "dialogue",
    "framework",
    "agreement",
    "implementation",
    "Commission",
    "Member",
    "States",
    "Council",
    "partners",
    "Union",
    "neighbourhood",
    "strengthen",
    "develop",
    "ensure",
    "deepen",
    "assess",
    "coordinate",
    "protect",
    "critical",
    "infrastructure",
    "disinformation",
    "interference",
    "democratic",
    "values",
    "international",
    "law",
    "order",
    "peace",
    "crisis",
    "management",
    "secure",
    "securities",
    "reform",
    "accession",
    "enlargement",
    "humanitarian",
    "assistance",
    "technology",
    "innovation",
    "procurement",
    "interoperability",
    "exercise",
    "border",
    "migration",
};

constexpr std::array syllables = { "nor", "va", "ri", "ta", "len", "do", "sca", "mir", "ul", "bra",
    "ken", "so", "pa", "lis", "tor", "ve", "an", "gu" };

constexpr std::array themes = {
    "Defence industry",
    "Cybersecurity",
    "Hybrid threats",
    "Maritime security",
    "Space",
    "Energy security",
    "Critical raw materials",
    "Crisis management",
    "Sanctions",
    "Disinformation",
    "Military mobility",
    "Arms control",
    "Counter-terrorism",
    "Enlargement",
    "Neighbourhood",
    "Humanitarian aid",
    "Migration",
    "Climate security",
    "Research and innovation",
    "Health security",
};

constexpr std::array summaryCountries = {
    "Norway",
    "Japan",
    "Canada",
    "Ukraine",
    "Moldova",
    "Georgia",
    "Armenia",
    "Türkiye",
    "Serbia",
    "Albania",
    "North Macedonia",
    "Montenegro",
    "Kosovo",
    "Iceland",
    "Switzerland",
    "South Korea",
    "Australia",
    "New Zealand",
    "India",
    "Brazil",
    "Chile",
    "Morocco",
    "Tunisia",
    "Egypt",
    "Jordan",
    "Russia",
    "China",
    "Iran",
    "Belarus",
    "North Korea",
};
constexpr std::array summaryOrganisations
    = { "NATO", "the United Nations", "the African Union", "the OSCE", "ASEAN" };
constexpr std::array summaryVerbs = { "called for", "stressed", "welcomed", "deplored", "condemned",
    "urged", "insisted on", "recalled", "noted", "encouraged", "regretted", "invited" };

QString syntheticName(QRandomGenerator &random)
{
    QString name;
    const int count = 2 + int(random.bounded(2));
    for (int i = 0; i < count; ++i)
        name += QLatin1String(syllables[random.bounded(int(syllables.size()))]);
    name[0] = name[0].toUpper();
    return name + QStringLiteral("ia");
}

QString sentence(QRandomGenerator &random, int wordCount)
{
    QString text;
    text.reserve(wordCount * 10);
    for (int i = 0; i < wordCount; ++i) {
        if (i > 0)
            text += QLatin1Char(' ');
        text += QLatin1String(words[random.bounded(int(words.size()))]);
    }
    text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

} // namespace

Document makeSyntheticDocument(int actionCount, quint32 seed)
{
    QRandomGenerator random(seed);
    Document doc;
    doc.procedure.reference = QStringLiteral("0000/0000(INI)");
    doc.procedure.title = QStringLiteral("Synthetic benchmark document");
    doc.sourceName = QStringLiteral("synthetic");

    constexpr int countryCount = 200;
    for (int i = 0; i < countryCount; ++i) {
        Entity entity;
        entity.id = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
        entity.name = syntheticName(random);
        doc.entities.append(entity);
    }
    for (int g = 0; g < 10; ++g) {
        Entity grouping;
        grouping.id = QStringLiteral("synthetic-group-%1").arg(g);
        grouping.name = QStringLiteral("Synthetic group %1").arg(g);
        grouping.kind = EntityKind::Grouping;
        const int members = 5 + int(random.bounded(11));
        for (int m = 0; m < members; ++m)
            grouping.members.append(doc.entities.at(int(random.bounded(countryCount))).id);
        doc.entities.append(grouping);
    }
    const qsizetype entityCount = doc.entities.size();

    const int sectionCount = std::max(4, actionCount / 50);
    int lastTop = -1;
    for (int s = 0; s < sectionCount; ++s) {
        Section section;
        section.id = QStringLiteral("s%1").arg(s + 1);
        section.title = QStringLiteral("Synthetic section %1").arg(s + 1);
        if (s % 5 != 0 && lastTop >= 0) {
            section.level = 2;
            section.parent = lastTop;
            doc.sections[lastTop].children.append(s);
        } else {
            lastTop = s;
        }
        doc.sections.append(section);
    }

    // One short paragraph per ten actions keeps paragraph indexes valid at little memory.
    const int paragraphCount = std::max(1, actionCount / 10);
    doc.paragraphs.reserve(paragraphCount);
    for (int p = 0; p < paragraphCount; ++p) {
        Paragraph paragraph;
        paragraph.id = QStringLiteral("p%1").arg(p + 1);
        paragraph.section = int(qint64(p) * sectionCount / paragraphCount);
        doc.paragraphs.append(paragraph);
    }

    QStringList themeNames;
    for (const char *theme : themes)
        themeNames.append(QString::fromLatin1(theme)); // shared, not copied, by every action
    const QList<VerbKind> verbs = allVerbKinds();
    doc.actions.reserve(actionCount);
    for (int a = 0; a < actionCount; ++a) {
        Action action;
        action.id = QStringLiteral("a%1").arg(a + 1);
        action.text = sentence(random, 12 + int(random.bounded(17)));
        action.verb = verbs.at(random.bounded(int(verbs.size())));
        const int named = int(random.bounded(4));
        for (int e = 0; e < named; ++e)
            action.entities.append(doc.entities.at(random.bounded(int(entityCount))).id);
        action.themes.append(themeNames.at(random.bounded(int(themeNames.size()))));
        if (random.bounded(2))
            action.themes.append(themeNames.at(random.bounded(int(themeNames.size()))));
        action.paragraph = int(qint64(a) * paragraphCount / actionCount);
        action.section = doc.paragraphs.at(action.paragraph).section;
        action.sentence = { 0, 0 };
        action.acts = { { action.verb, action.paragraph, { 0, 0 }, false } };
        doc.actions.append(action);
    }
    return doc;
}

QByteArray makeSyntheticSummary(int paragraphCount, quint32 seed)
{
    return makeSyntheticCorpusSummary(0, paragraphCount, seed);
}

QByteArray makeSyntheticCorpusSummary(int index, int paragraphCount, quint32 seed)
{
    QRandomGenerator random(seed + quint32(index));
    const QDate date = QDate(2099, 1, 1).addDays(index % 3650);
    QString text;
    // The first is the single synthetic summary of the import benchmark, unchanged.
    const QString number = index == 0 ? QString() : QStringLiteral(" %1").arg(index + 1);
    text += QStringLiteral("# Synthetic resolution%1 on security and defence partnerships\n\n"
                           "%2/%3(INI) - %4 - Text adopted by Parliament, single reading\n\n"
                           "The European Parliament adopted by %5 votes to 100, with 50 "
                           "abstentions, a resolution on synthetic partnerships.\n\n")
                .arg(number)
                .arg(date.year())
                .arg(index + 1, 4, 10, QLatin1Char('0'))
                .arg(date.toString(QStringLiteral("dd/MM/yyyy")))
                .arg(400 - index % 200);
    for (int p = 0; p < paragraphCount; ++p) {
        if (p % 20 == 0)
            text += QStringLiteral("## *Synthetic heading %1*\n\n").arg(p / 20 + 1);
        const int sentences = 2 + int(random.bounded(3));
        for (int s = 0; s < sentences; ++s) {
            if (s > 0)
                text += QLatin1Char(' ');
            text += QStringLiteral("Parliament ")
                + QLatin1String(summaryVerbs[random.bounded(int(summaryVerbs.size()))])
                + QStringLiteral(" closer cooperation with ")
                + QLatin1String(summaryCountries[random.bounded(int(summaryCountries.size()))])
                + QStringLiteral(" and ")
                + QLatin1String(
                    summaryOrganisations[random.bounded(int(summaryOrganisations.size()))])
                + QLatin1Char(' ') + sentence(random, 8 + int(random.bounded(10))).toLower();
        }
        text += QStringLiteral("\n\n");
    }
    return text.toUtf8();
}

qint64 writeSyntheticCorpus(const QString &folder, int count, int paragraphCount)
{
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray bytes = makeSyntheticCorpusSummary(i, paragraphCount);
        QSaveFile file(QDir(folder).filePath(
            QStringLiteral("synthetic-%1.md").arg(i, 5, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return -1;
        total += bytes.size();
    }
    return total;
}

} // namespace re::bench
