// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SummaryReaders.h"

#include <QTest>

using namespace Qt::StringLiterals;
using re::SummaryBlock;
using re::TextSpan;

namespace {

SummaryBlock paragraph(const QString &text, QList<TextSpan> emphasis = {}, qsizetype offset = -1)
{
    SummaryBlock block;
    block.kind = SummaryBlock::Kind::Paragraph;
    block.text = text;
    block.emphasis = emphasis;
    block.sourceOffset = offset;
    return block;
}

SummaryBlock heading(const QString &text, int level = 1, qsizetype offset = -1)
{
    SummaryBlock block;
    block.kind = SummaryBlock::Kind::Heading;
    block.level = level;
    block.text = text;
    block.sourceOffset = offset;
    return block;
}

} // namespace

class TestBlockNormaliser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void keepsHeader();
};

void TestBlockNormaliser::normalise_data()
{
    QTest::addColumn<QList<SummaryBlock>>("input");
    QTest::addColumn<QList<SummaryBlock>>("expected");

    QTest::newRow("nothing to do")
        << QList { heading(u"Heading"_s), paragraph(u"One."_s), paragraph(u"Two."_s) }
        << QList { heading(u"Heading"_s), paragraph(u"One."_s), paragraph(u"Two."_s) };
    QTest::newRow("split paragraph joined")
        << QList { paragraph(u"which are crucial EU defence"_s, { { 10, 7 } }, 5),
               paragraph(u"partners. Stressing that the US matters."_s, { { 0, 8 } }, 40) }
        << QList { paragraph(u"which are crucial EU defence partners. Stressing that the US "
                             "matters."_s,
               { { 10, 7 }, { 29, 8 } }, 5) };
    QTest::newRow("three parts joined") << QList { paragraph(u"one"_s), paragraph(u"two,"_s),
        paragraph(u"three."_s) } << QList { paragraph(u"one two, three."_s) };
    QTest::newRow("full stop kept apart")
        << QList { paragraph(u"Ends here."_s), paragraph(u"lower case start."_s) }
        << QList { paragraph(u"Ends here."_s), paragraph(u"lower case start."_s) };
    QTest::newRow("upper case kept apart")
        << QList { paragraph(u"No stop"_s), paragraph(u"Upper case start."_s) }
        << QList { paragraph(u"No stop"_s), paragraph(u"Upper case start."_s) };
    QTest::newRow("closing quote and parenthesis are final")
        << QList { paragraph(u"He said \u201Cyes\u201D"_s), paragraph(u"and left (quietly)"_s),
               paragraph(u"then."_s) }
        << QList { paragraph(u"He said \u201Cyes\u201D"_s), paragraph(u"and left (quietly)"_s),
               paragraph(u"then."_s) };
    QTest::newRow("colon is final")
        << QList { paragraph(u"Members call for:"_s), paragraph(u"more cooperation."_s) }
        << QList { paragraph(u"Members call for:"_s), paragraph(u"more cooperation."_s) };
    QTest::newRow("heading between is not joined")
        << QList { paragraph(u"No stop"_s), heading(u"heading"_s), paragraph(u"lower."_s) }
        << QList { paragraph(u"No stop"_s), heading(u"heading"_s), paragraph(u"lower."_s) };
    QTest::newRow("lettered list stays")
        << QList { paragraph(u"Members call for:"_s), paragraph(u"(a) more training;"_s),
               paragraph(u"(b) joint exercises"_s), paragraph(u"(c) common rules."_s) }
        << QList { paragraph(u"Members call for:"_s), paragraph(u"(a) more training;"_s),
               paragraph(u"(b) joint exercises"_s), paragraph(u"(c) common rules."_s) };
    QTest::newRow("inline heading split")
        << QList { paragraph(
               u"Continuing the EU's success story : noting that trade grew."_s, { { 48, 5 } }, 7) }
        << QList { heading(u"Continuing the EU's success story"_s, 1, 7),
               paragraph(u"noting that trade grew."_s, { { 12, 5 } }, 7) };
    QTest::newRow("inline heading drops emphasis on heading")
        << QList { paragraph(u"Bold heading : the rest."_s, { { 0, 12 } }) }
        << QList { heading(u"Bold heading"_s), paragraph(u"the rest."_s) };
    QTest::newRow("sentence with colon is not a heading")
        << QList { paragraph(u"Parliament noted this. It said : more is needed."_s) }
        << QList { paragraph(u"Parliament noted this. It said : more is needed."_s) };
    QTest::newRow("lower case start is not a heading")
        << QList { paragraph(u"the following : more."_s) }
        << QList { paragraph(u"the following : more."_s) };
    QTest::newRow("long segment is not a heading")
        << QList { paragraph(u"This segment is far too long to be a heading because it has many "
                             "many words in it : rest."_s) }
        << QList { paragraph(u"This segment is far too long to be a heading because it has many "
                             "many words in it : rest."_s) };
    QTest::newRow("colon without spaces is not a heading")
        << QList { paragraph(u"Note: this stays."_s) }
        << QList { paragraph(u"Note: this stays."_s) };
    QTest::newRow("empty blocks dropped") << QList { paragraph(u"  "_s), heading(QString()),
        paragraph(u"Kept."_s), paragraph(QString()) }
                                          << QList { paragraph(u"Kept."_s) };
    QTest::newRow("whitespace trimmed with spans")
        << QList { paragraph(u"  Bold text. "_s, { { 2, 4 } }) }
        << QList { paragraph(u"Bold text."_s, { { 0, 4 } }) };
}

void TestBlockNormaliser::normalise()
{
    QFETCH(QList<SummaryBlock>, input);
    QFETCH(QList<SummaryBlock>, expected);

    re::SummaryBlocks summary;
    summary.blocks = input;
    re::normaliseBlocks(summary);
    if (summary.blocks != expected) {
        for (const SummaryBlock &block : std::as_const(summary.blocks))
            qWarning() << int(block.kind) << block.level << block.text << block.sourceOffset;
    }
    QCOMPARE(summary.blocks.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(summary.blocks[i].kind, expected[i].kind);
        QCOMPARE(summary.blocks[i].text, expected[i].text);
        QCOMPARE(summary.blocks[i].emphasis, expected[i].emphasis);
    }
    QVERIFY(summary.blocks == expected);
}

void TestBlockNormaliser::keepsHeader()
{
    re::SummaryBlocks summary;
    summary.title = u"Title"_s;
    summary.reference = u"2099/0001(INI)"_s;
    summary.date = QDate(2099, 4, 3);
    summary.stage = u"Stage"_s;
    summary.blocks = { paragraph(u"a"_s), paragraph(u"b"_s) };
    re::normaliseBlocks(summary);
    QCOMPARE(summary.title, u"Title"_s);
    QCOMPARE(summary.reference, u"2099/0001(INI)"_s);
    QCOMPARE(summary.date, QDate(2099, 4, 3));
    QCOMPARE(summary.stage, u"Stage"_s);
    QCOMPARE(summary.blocks.size(), 1);
    QCOMPARE(summary.blocks.front().text, u"a b"_s);
}

QTEST_GUILESS_MAIN(TestBlockNormaliser)
#include "tst_blocknormaliser.moc"
