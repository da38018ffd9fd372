// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Gazetteer.h"
#include "import/DocumentBuilder.h"
#include "import/DocumentLoader.h"
#include "import/SummaryReaders.h"
#include "model/ActionFilter.h"

#include <QSet>
#include <QTest>
#include <algorithm>

using namespace re;
using namespace Qt::StringLiterals;

/// Statements: one per sentence or list item that carries Parliament's position, with every
/// speech act, lead-ins and their lists, reported speech carried on, deontic clauses.
class TestStatementBuilder : public QObject
{
    Q_OBJECT
private:
    static Document fromMarkdown(const QString &body)
    {
        QString error;
        const auto summary = readMarkdownSummary(
            u"# Synthetic resolution\n\n2099/0001(RSP) - 01/01/2099 - Text adopted by "
            "Parliament, single reading\n\n"_s
                + body,
            &error);
        return summary ? buildDocument(*summary, Gazetteer::builtin()) : Document();
    }

    static QStringList texts(const Document &doc)
    {
        QStringList result;
        for (const Action &action : doc.actions)
            result.append(action.text);
        return result;
    }

    static QStringList kinds(const Action &action)
    {
        QStringList result;
        for (const SpeechAct &act : action.acts)
            result.append(verbKindKey(act.kind) + (act.implicit ? u"*"_s : QString()));
        return result;
    }

private Q_SLOTS:
    void bundledNamesEveryPartnerAndThreatInAStatement()
    {
        const Document doc = bundledDocument();
        // Every sentence naming these is in a statement: choosing one shows a row.
        for (const QString &id : { u"CHN"_s, u"IRN"_s, u"PRK"_s, u"BLR"_s }) {
            QVERIFY2(doc.actionCount(id) > 0, qPrintable(id));
            ActionFilter filter;
            filter.entities = { id };
            QVERIFY2(!filter.acceptedActions(doc).isEmpty(), qPrintable(id));
        }
        const auto china = std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.entities.contains(u"CHN"_s); });
        QVERIFY(china->text.contains(u"must be reassessed"_s));
        QVERIFY(china->hasAct(VerbKind::Call)); // the deontic clause
        QVERIFY(china->hasAct(VerbKind::Consider)); // "Members believe", carried on
        QCOMPARE(china->verb, VerbKind::Call); // every act implicit: the strongest of them
        // "Members believe ... that it is urgent to": a view, with an implicit call.
        const auto believe = std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.text.startsWith(u"Members believe"_s); });
        QVERIFY(believe != doc.actions.cend());
        QCOMPARE(believe->verb, VerbKind::Consider);
        QVERIFY(believe->hasAct(VerbKind::Call));
        QVERIFY(std::all_of(china->acts.cbegin(), china->acts.cend(),
            [](const SpeechAct &act) { return act.implicit; }));
    }

    void noTwoStatementsShareAText()
    {
        for (const Document &doc : { bundledDocument(),
                 loadDocumentFile(
                     QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html"),
                     nullptr)
                     .value_or(Document()) }) {
            QVERIFY(!doc.actions.isEmpty());
            const QStringList all = texts(doc);
            QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
            for (const Action &action : doc.actions) {
                QVERIFY(!action.acts.isEmpty());
                // The kind shown is the strongest act said in the statement's own words.
                QList<SpeechAct> said;
                for (const SpeechAct &act : action.acts) {
                    if (!act.implicit)
                        said.append(act);
                }
                const QList<SpeechAct> &shown = said.isEmpty() ? action.acts : said;
                const auto strongest = std::max_element(
                    shown.cbegin(), shown.cend(), [](const SpeechAct &a, const SpeechAct &b) {
                        return verbKindStrength(a.kind) < verbKindStrength(b.kind);
                    });
                QCOMPARE(verbKindStrength(action.verb), verbKindStrength(strongest->kind));
            }
        }
    }

    void twoReportingVerbsAreOneStatement()
    {
        const Document doc = bundledDocument();
        const auto epf = std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.text.contains(u"European Peace Facility (EPF)"_s); });
        QVERIFY(epf != doc.actions.cend());
        QCOMPARE(kinds(*epf), (QStringList { u"underline"_s, u"deplore"_s }));
        QCOMPARE(epf->verb, VerbKind::Deplore); // the strongest
        QCOMPARE(
            doc.paragraphs.at(epf->paragraph).text.mid(epf->verbSpan.start, epf->verbSpan.length),
            u"deploring"_s);
    }

    void myanmarListItemsAreStatements()
    {
        QString error;
        const std::optional<Document> doc = loadDocumentFile(
            QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html"), &error);
        QVERIFY2(doc, qPrintable(error));
        const QStringList all = texts(*doc);
        // The lead-ins are no rows; their items are.
        QVERIFY(!all.contains(u"The EU and its Member States are urged to:"_s));
        QVERIFY(!all.contains(u"Parliament urged the Council to:"_s));
        const auto item = [&](const QString &start) {
            return std::find_if(doc->actions.cbegin(), doc->actions.cend(),
                [&](const Action &a) { return a.text.startsWith(start); });
        };
        const auto pressure = item(u"increase pressure on the Tatmadaw"_s);
        QVERIFY(pressure != doc->actions.cend());
        QCOMPARE(pressure->verb, VerbKind::Urge);
        QCOMPARE(pressure->addressees, (QStringList { u"Member States"_s, u"EU"_s }));
        QVERIFY(pressure->entities.contains(u"MMR"_s)); // the Tatmadaw, Myanmar's armed forces
        const auto embargo = item(u"review, and possibly amend, the EU"_s);
        QVERIFY(embargo != doc->actions.cend());
        QCOMPARE(embargo->addressees, QStringList { u"Council"_s });
        // The item's act is its lead-in's verb, in the lead-in's paragraph.
        QVERIFY(embargo->acts.first().paragraph < embargo->paragraph);
        QCOMPARE(embargo->verbSpan.length, 0);
        // Five items under two lead-ins, each found by filtering by Myanmar where it names it.
        const auto items
            = std::count_if(doc->actions.cbegin(), doc->actions.cend(), [](const Action &a) {
                  return a.acts.first().paragraph != a.paragraph; // acts from a lead-in
              });
        QCOMPARE(items, 5);
        QVERIFY(std::none_of(doc->actions.cbegin(), doc->actions.cend(),
            [](const Action &a) { return a.text.startsWith(u"- "_s); }));
        ActionFilter byMyanmar;
        byMyanmar.entities = { u"MMR"_s };
        QVERIFY(byMyanmar.acceptedActions(*doc).size() >= 6);
        QVERIFY(embargo->themes.contains(u"Arms exports and embargoes"_s));
        // Myanmar is under an arms embargo and targeted sanctions: its role on the map, with
        // the sentence that gave it as evidence.
        const Entity &myanmar = doc->entities.at(doc->entityIndex(u"MMR"_s));
        QCOMPARE(myanmar.role, EntityRole::Sanctioned);
        QVERIFY(doc->paragraphs.at(doc->paragraphIndex(myanmar.evidence))
                    .text.contains(u"sanctions"_s));
        // The Council is an entity: filtering by it finds the demands addressed to it, and it
        // gets no role (it is addressed, not judged).
        ActionFilter byCouncil;
        byCouncil.entities = { u"council"_s };
        QCOMPARE(byCouncil.acceptedActions(*doc).size(), 2);
        const Entity &council = doc->entities.at(doc->entityIndex(u"council"_s));
        QCOMPARE(council.kind, EntityKind::Institution);
        QCOMPARE(council.role, EntityRole::Mentioned);
        // "strongly criticised" is a statement of its own kind.
        QVERIFY(std::any_of(doc->actions.cbegin(), doc->actions.cend(),
            [](const Action &a) { return a.verb == VerbKind::Criticise; }));
    }

    void markdownListsAndLoneLeadIns()
    {
        const Document doc = fromMarkdown(
            u"Parliament urged the Council to:\n\n- extend targeted sanctions against Myanmar;\n"
            "- review the arms embargo.\n\nThe resolution called on the Commission to:\n\n"
            "Parliament noted the report. It should be published.\n"_s);
        QCOMPARE(texts(doc),
            (QStringList { u"extend targeted sanctions against Myanmar;"_s,
                u"review the arms embargo."_s, u"The resolution called on the Commission to:"_s,
                u"Parliament noted the report."_s, u"It should be published."_s }));
        QCOMPARE(doc.actions.at(0).addressees, QStringList { u"Council"_s });
        QCOMPARE(kinds(doc.actions.at(0)), QStringList { u"urge"_s });
        // A lead-in no item follows stays a statement; a sentence that carries on a frame
        // takes it, and its "should" is an implicit call.
        QCOMPARE(doc.actions.at(2).addressees, QStringList { u"Commission"_s });
        QCOMPARE(kinds(doc.actions.at(4)), (QStringList { u"note*"_s, u"call*"_s }));
        QCOMPARE(doc.actions.at(4).verb, VerbKind::Call);
    }

    void sentencesWithoutAFrameAreNoStatementsUnlessDeontic()
    {
        const Document doc = fromMarkdown(
            u"The European Parliament adopted by 500 votes to 100, with 50 abstentions, a "
            "resolution on Norway.\n\nNorway acted. Member States should support Norway. "
            "Parliament welcomed Norway's role.\n"_s);
        // The vote sentence and a sentence before any speaker carry no position; a deontic
        // one does (legislative summaries give their amendments so): an implicit call,
        // addressed to its subject when that is an institution.
        QCOMPARE(texts(doc),
            (QStringList { u"Member States should support Norway."_s,
                u"Parliament welcomed Norway's role."_s }));
        QCOMPARE(kinds(doc.actions.at(0)), QStringList { u"call*"_s });
        QCOMPARE(doc.actions.at(0).verb, VerbKind::Call);
        QCOMPARE(doc.actions.at(0).addressees, QStringList { u"Member States"_s });
        // It carries no frame on: the next sentence has its own speaker.
        QCOMPARE(kinds(doc.actions.at(1)), QStringList { u"welcome"_s });
    }

    void proposedAndPointedOutAreReportingVerbs()
    {
        const Document doc = fromMarkdown(
            u"The European Parliament adopted by 500 votes to 100, with 50 abstentions, a "
            "resolution on Norway.\n\nMembers proposed to introduce a rule on Norway. "
            "The report pointed out that Norway acted.\n"_s);
        QCOMPARE(doc.actions.size(), 2);
        QCOMPARE(kinds(doc.actions.at(0)), QStringList { u"call"_s });
        QCOMPARE(kinds(doc.actions.at(1)), QStringList { u"note"_s });
    }
};

QTEST_GUILESS_MAIN(TestStatementBuilder)
#include "tst_statementbuilder.moc"
