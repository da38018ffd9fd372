// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Gazetteer.h"
#include "import/DocumentBuilder.h"
#include "import/DocumentLoader.h"
#include "import/SummaryReaders.h"

#include <QFile>
#include <QTest>

using namespace re;

namespace {

/// A stable text dump of what the builder made: compared against a reviewed golden file.
QString dump(const Document &doc)
{
    QStringList lines;
    lines << QStringLiteral("procedure %1 | %2 | %3 | %4")
                 .arg(doc.procedure.reference, doc.procedure.title,
                     doc.procedure.date.toString(Qt::ISODate), doc.procedure.stage);
    if (doc.vote)
        lines << QStringLiteral("vote %1/%2/%3")
                     .arg(doc.vote->votesFor)
                     .arg(doc.vote->against)
                     .arg(doc.vote->abstentions);
    for (int p : doc.preambleParagraphs())
        lines << QStringLiteral("preamble %1").arg(doc.paragraphs.at(p).id);
    for (const Section &s : doc.sections) {
        QStringList ids;
        for (int p : s.paragraphs)
            ids << doc.paragraphs.at(p).id;
        lines << QStringLiteral("%1section %2 \"%3\" [%4]")
                     .arg(QString(2 * (s.level - 1), u' '), s.id, s.title, ids.join(u' '));
    }
    for (const Entity &e : doc.entities) {
        lines << QStringLiteral("entity %1 \"%2\" %3 %4%5 evidence=%6")
                     .arg(e.id, e.name, entityKindKey(e.kind), entityRoleKey(e.role),
                         e.via.isEmpty() ? QString() : QStringLiteral(" via=") + e.via, e.evidence);
    }
    for (const Action &a : doc.actions) {
        lines << QStringLiteral("action %1 %2 %3 %4 to=[%5] entities=[%6] themes=[%7]")
                     .arg(a.id, verbKindKey(a.verb), doc.paragraphs.at(a.paragraph).id,
                         a.section >= 0 ? doc.sections.at(a.section).id : QStringLiteral("-"),
                         a.addressees.join(u','), a.entities.join(u','), a.themes.join(u','));
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestDocumentBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void precomputedBundledDocumentEqualsAFreshImport()
    {
        // The build imports the bundled summary once (app/precompute); the program reads that.
        const Document precomputed = bundledDocument();
        const Document imported = importBundledSummary();
        QCOMPARE(precomputed.procedure, imported.procedure);
        QCOMPARE(precomputed.paragraphs, imported.paragraphs);
        QCOMPARE(precomputed.sections, imported.sections);
        QCOMPARE(precomputed.entities, imported.entities);
        QCOMPARE(precomputed.mentions, imported.mentions);
        QCOMPARE(precomputed.actions, imported.actions);
        QCOMPARE(precomputed.vote, imported.vote);
        QCOMPARE(precomputed.sourceName, bundledSourcePath());
        QVERIFY(precomputed == imported);
        QVERIFY(!imported.actions.isEmpty());
    }

    void bundledStructure()
    {
        const Document doc = bundledDocument();
        QCOMPARE(doc.procedure.reference, QStringLiteral("2025/2119(INI)"));
        QCOMPARE(
            doc.procedure.title, QStringLiteral("EU strategic defence and security partnerships"));
        QCOMPARE(doc.procedure.date, QDate(2026, 2, 11));
        QCOMPARE(doc.topLevelSections().size(), 3);
        const Section &third = doc.sections.at(doc.topLevelSections().at(2));
        QCOMPARE(third.children.size(), 2);
        QCOMPARE(doc.paragraphs.size() - doc.preambleParagraphs().size(), 14);
        QVERIFY(doc.vote.has_value());
        QCOMPARE(doc.vote->votesFor, 440);
        QCOMPARE(doc.vote->against, 119);
        QCOMPARE(doc.vote->abstentions, 85);
        QVERIFY(doc.vote->groups.isEmpty()); // only totals: never a breakdown
        QVERIFY(doc.vote->countries.isEmpty());
    }

    void bundledRoles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("role");
        const QList<QPair<const char *, const char *>> expected = {
            { "NOR", "priority-partner" },
            { "GBR", "priority-partner" },
            { "CAN", "priority-partner" },
            { "USA", "cornerstone-partner" },
            { "UKR", "partner-to-develop" },
            { "JPN", "partner-to-develop" },
            { "KOR", "partner-to-develop" },
            { "IND", "partner-to-develop" },
            { "western-balkans", "partner-to-develop" },
            { "ALB", "partner-to-develop" },
            { "BIH", "partner-to-develop" },
            { "XKX", "partner-to-develop" },
            { "MNE", "partner-to-develop" },
            { "MKD", "partner-to-develop" },
            { "SRB", "partner-to-develop" },
            { "NATO", "partner-organisation" },
            { "UN", "partner-organisation" },
            { "RUS", "threat" },
            { "IRN", "supporter-of-threat" },
            { "PRK", "supporter-of-threat" },
            { "BLR", "supporter-of-threat" },
            { "CHN", "under-review" },
            { "HUN", "criticised" },
        };
        for (const auto &[id, role] : expected)
            QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(role);
    }

    void bundledRoles()
    {
        QFETCH(QString, id);
        QFETCH(QString, role);
        static const Document doc = bundledDocument();
        const int index = doc.entityIndex(id);
        QVERIFY2(index >= 0, qPrintable(id));
        QCOMPARE(entityRoleKey(doc.entities.at(index).role), role);
        // Every role but the grouping members' comes with the paragraph that gave it.
        QVERIFY(doc.paragraphIndex(doc.entities.at(index).evidence) >= 0);
    }

    void bundledActionsAreTraceable()
    {
        const Document doc = bundledDocument();
        QVERIFY2(doc.actions.size() >= 20, qPrintable(QString::number(doc.actions.size())));
        for (const Action &action : doc.actions) {
            const Paragraph &paragraph = doc.paragraphs.at(action.paragraph);
            QCOMPARE(
                paragraph.text.mid(action.sentence.start, action.sentence.length), action.text);
            QVERIFY(action.sentence.contains(action.verbSpan.start));
            QCOMPARE(paragraph.section, action.section);
            for (const QString &id : action.entities)
                QVERIFY(doc.entityIndex(id) >= 0);
        }
        // The split paragraph "...crucial EU defence" / "partners. Stressing..." is joined.
        const auto joined
            = std::find_if(doc.paragraphs.cbegin(), doc.paragraphs.cend(), [](const Paragraph &p) {
                  return p.text.contains(u"crucial EU defence partners. Stressing");
              });
        QVERIFY(joined != doc.paragraphs.cend());
    }

    void bundledAddressees()
    {
        const Document doc = bundledDocument();
        const auto invited = std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.verb == VerbKind::Invite; });
        QVERIFY(invited != doc.actions.cend());
        QCOMPARE(invited->addressees,
            (QStringList { QStringLiteral("Commission"), QStringLiteral("Member States") }));
        const auto deplored = std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.verb == VerbKind::Deplore; });
        QVERIFY(deplored != doc.actions.cend());
        QVERIFY(deplored->entities.contains(QStringLiteral("HUN")));
    }

    void bundledMatchesGolden()
    {
        const QString actual = dump(bundledDocument());
        QFile golden(QStringLiteral(RE_TEST_DATA "/import/bundled-document.golden.txt"));
        if (qEnvironmentVariableIsSet("RE_UPDATE_GOLDEN")) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(actual.toUtf8());
            QSKIP("golden file rewritten; review it with git diff");
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), "missing golden file");
        const QStringList expected = QString::fromUtf8(golden.readAll()).split(u'\n');
        const QStringList lines = actual.split(u'\n');
        for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i)
            QCOMPARE(lines.value(i), expected.value(i));
    }

    void rolesStayMentionedWithoutCues()
    {
        SummaryBlocks summary;
        summary.title = QStringLiteral("Synthetic summary");
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1,
            QStringLiteral("Parliament noted the situation in Norway and Chile."), {}, 0 });
        const Document doc = buildDocument(summary, Gazetteer::builtin());
        QCOMPARE(doc.entities.size(), 2);
        for (const Entity &entity : doc.entities)
            QCOMPARE(entity.role, EntityRole::Mentioned);
        QCOMPARE(doc.actions.size(), 1);
        QCOMPARE(doc.actions.first().verb, VerbKind::Note);
        QVERIFY(!doc.vote.has_value());
    }

    void aWarOfAggressionMakesItsPossessorAThreat()
    {
        SummaryBlocks summary;
        summary.title = QStringLiteral("Synthetic summary");
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1,
            QStringLiteral("Parliament stressed that Russia\u2019s illegal and unprovoked war of "
                           "aggression against Ukraine will have lasting consequences."),
            {}, 0 });
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1,
            QStringLiteral("Parliament noted that Norway's report on the war of aggression was "
                           "published."),
            {}, 200 });
        const Document doc = buildDocument(summary, Gazetteer::builtin());
        QCOMPARE(doc.entities.at(doc.entityIndex(QStringLiteral("RUS"))).role, EntityRole::Threat);
        // The victim, and a possessor of anything else, are not.
        QCOMPARE(
            doc.entities.at(doc.entityIndex(QStringLiteral("UKR"))).role, EntityRole::Mentioned);
        QCOMPARE(
            doc.entities.at(doc.entityIndex(QStringLiteral("NOR"))).role, EntityRole::Mentioned);
    }

    void subjectOfTheResolution()
    {
        // The country the title is about is the subject where the text gives no stronger role.
        SummaryBlocks summary;
        summary.title = QStringLiteral("Resolution on the situation in Nicaragua");
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1,
            QStringLiteral("Parliament called for the release of all political prisoners in "
                           "Nicaragua and noted the situation in Chile."),
            {}, 0 });
        Document doc = buildDocument(summary, Gazetteer::builtin());
        const Entity &nicaragua = doc.entities.at(doc.entityIndex(QStringLiteral("NIC")));
        QCOMPARE(nicaragua.role, EntityRole::Subject);
        QCOMPARE(nicaragua.evidence, QStringLiteral("p1"));
        QCOMPARE(
            doc.entities.at(doc.entityIndex(QStringLiteral("CHL"))).role, EntityRole::Mentioned);

        // A stronger role the text gives wins.
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1,
            QStringLiteral("It called for targeted sanctions against Nicaragua's leadership."), {},
            200 });
        doc = buildDocument(summary, Gazetteer::builtin());
        QCOMPARE(
            doc.entities.at(doc.entityIndex(QStringLiteral("NIC"))).role, EntityRole::Sanctioned);

        // A country only the title names is no entity: nothing the text does not name.
        summary.title = QStringLiteral("Resolution on the situation in Venezuela");
        doc = buildDocument(summary, Gazetteer::builtin());
        QCOMPARE(doc.entityIndex(QStringLiteral("VEN")), -1);
    }

    void directiveAddressees_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("addressees");
        QTest::newRow("called on") << QStringLiteral("Parliament called on the Commission to act.")
                                   << QStringList { QStringLiteral("Commission") };
        QTest::newRow("called for X to")
            << QStringLiteral("Members called for the EU to strengthen its ties.")
            << QStringList { QStringLiteral("EU") };
        QTest::newRow("passive") << QStringLiteral(
            "The Council and the Member States are urged to agree.")
                                 << QStringList { QStringLiteral("Council"),
                                        QStringLiteral("Member States") };
        QTest::newRow("no addressee")
            << QStringLiteral("It called for more joint exercises to promote readiness.")
            << QStringList {};
        QTest::newRow("not directive")
            << QStringLiteral("Parliament stressed the Commission's role.") << QStringList {};
    }

    void directiveAddressees()
    {
        QFETCH(QString, sentence);
        QFETCH(QStringList, addressees);
        SummaryBlocks summary;
        summary.blocks.append({ SummaryBlock::Kind::Paragraph, 1, sentence, {}, 0 });
        const Document doc = buildDocument(summary, Gazetteer::builtin());
        QCOMPARE(doc.actions.size(), 1);
        QCOMPARE(doc.actions.first().addressees, addressees);
    }
};

QTEST_GUILESS_MAIN(TestDocumentBuilder)
#include "tst_documentbuilder.moc"
