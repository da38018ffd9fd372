// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Document.h"

#include <QtTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

/// A synthetic document of `n` entities, sections, paragraphs and actions, with entity i
/// mentioned i % 3 times.
Document syntheticDocument(int n)
{
    Document d;
    for (int i = 0; i < n; ++i) {
        const QString number = QString::number(i);
        Entity entity;
        entity.id = u"e"_s + number;
        entity.name = u"Entity "_s + number;
        d.entities.append(entity);
        Section section;
        section.id = u"s"_s + number;
        d.sections.append(section);
        Paragraph paragraph;
        paragraph.id = u"p"_s + number;
        d.paragraphs.append(paragraph);
        Action action;
        action.id = u"a"_s + number;
        action.section = i;
        d.actions.append(action);
        for (int m = 0; m < i % 3; ++m)
            d.mentions.append(Mention { u"e"_s + number, i, {} });
    }
    return d;
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookupAgreesWithScanning()
    {
        const Document plain = syntheticDocument(50);
        Document hashed = plain;
        hashed.buildLookup();
        QCOMPARE(hashed, plain); // the cache takes no part in comparisons
        for (int i = 0; i < 50; ++i) {
            const QString number = QString::number(i);
            QCOMPARE(hashed.entityIndex(u"e"_s + number), i);
            QCOMPARE(hashed.sectionIndex(u"s"_s + number), i);
            QCOMPARE(hashed.paragraphIndex(u"p"_s + number), i);
            QCOMPARE(hashed.actionIndex(u"a"_s + number), i);
            QCOMPARE(hashed.mentionCount(u"e"_s + number), plain.mentionCount(u"e"_s + number));
        }
        QCOMPARE(hashed.entityIndex(u"s1"_s), -1);
        QCOMPARE(hashed.mentionCounts(), plain.mentionCounts());
        QCOMPARE(plain.mentionCounts().value(u"e5"_s), 2);
    }

    void lookupFollowsLaterChanges()
    {
        Document d = syntheticDocument(10);
        d.buildLookup();
        Entity late;
        late.id = u"late"_s;
        d.entities.append(late);
        d.mentions.append(Mention { u"late"_s, 0, {} });
        QCOMPARE(d.entityIndex(u"late"_s), 10);
        QCOMPARE(d.mentionCount(u"late"_s), 1);
        d.entities.removeFirst();
        QCOMPARE(d.entityIndex(u"e1"_s), 0);
        QCOMPARE(d.entityIndex(u"e0"_s), -1);
    }

    void duplicateIdsAnswerTheFirst()
    {
        Document d = syntheticDocument(4);
        d.entities[3].id = u"e1"_s;
        d.buildLookup();
        QCOMPARE(d.entityIndex(u"e1"_s), 1);
        QCOMPARE(d.entityIndex(u"e3"_s), -1);
    }

    void wideAndCyclicSectionTrees()
    {
        Document d = syntheticDocument(20000);
        for (int i = 1; i < d.sections.size(); ++i) {
            d.sections[i].parent = 0;
            d.sections[0].children.append(i);
        }
        d.sections[5].children = { 0, 5, 6, -3, 999999 }; // a malformed tree must still end
        QCOMPARE(d.sectionSubtree(0).size(), 20000);
        QCOMPARE(d.sectionSubtree(5).size(), 20000);
        QCOMPARE(d.sectionSubtree(5).first(), 5);
        QCOMPARE(d.actionCountInSubtree(0), 20000);
        QCOMPARE(d.actionCountInSubtree(7), 1);
        QCOMPARE(d.actionCountInSubtree(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
