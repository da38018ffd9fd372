// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/VoteSentence.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestVoteSentence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseVoteSentence_data();
    void parseVoteSentence();
    void noVote_data();
    void noVote();
    void parseCount_data();
    void parseCount();
};

void TestVoteSentence::parseVoteSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("votesFor");
    QTest::addColumn<int>("against");
    QTest::addColumn<int>("abstentions");

    QTest::newRow("comma with")
        << u"The European Parliament adopted by 440 votes to 119, with 85 abstentions, a "
           "resolution on EU strategic defence and security partnerships."_s
        << 440 << 119 << 85;
    QTest::newRow("special procedure")
        << u"The European Parliament adopted by 370 votes to 160, with 107 abstentions "
           "(following a special legislative procedure), a legislative resolution on ..."_s
        << 370 << 160 << 107;
    QTest::newRow("no comma")
        << u"The European Parliament adopted by 421 votes to 104 with 80 abstentions a "
           "resolution."_s
        << 421 << 104 << 80;
    QTest::newRow("with N votes slip")
        << u"The European Parliament adopted by 433 votes to 174 with 93 votes a resolution "
           "on ..."_s
        << 433 << 174 << 93;
    QTest::newRow("in favour against")
        << u"The text was adopted with 400 votes in favour, 63 against with 81 abstentions."_s
        << 400 << 63 << 81;
    QTest::newRow("in favour and")
        << u"Adopted: 572 votes in favour, 59 votes against and 53 abstentions."_s << 572 << 59
        << 53;
    QTest::newRow("votes for") << u"572 votes for, 59 against, 53 abstentions"_s << 572 << 59 << 53;
    QTest::newRow("hard line break")
        << u"The European Parliament adopted by 667 votes to 1,\nwith 27 abstentions, a "
           "resolution."_s
        << 667 << 1 << 27;
    QTest::newRow("crlf line break")
        << u"adopted by 667 votes\r\nto 1,\r\nwith 27 abstentions"_s << 667 << 1 << 27;
    QTest::newRow("non-breaking spaces")
        << u"adopted by 500\u00A0votes to 20, with\u00A05\u00A0abstentions"_s << 500 << 20 << 5;
    QTest::newRow("words") << u"The committee adopted by twelve votes to one, with two "
                              "abstentions, the report."_s
                           << 12 << 1 << 2;
    QTest::newRow("capitalised words")
        << u"Adopted by Nineteen votes to Three, with One abstention."_s << 19 << 3 << 1;
    QTest::newRow("hyphenated tens")
        << u"adopted by twenty-one votes to seventeen, with eleven abstentions"_s << 21 << 17 << 11;
    QTest::newRow("tens") << u"adopted by thirty votes to ninety, with forty abstentions"_s << 30
                          << 90 << 40;
    QTest::newRow("no abstentions")
        << u"adopted by 15 votes to 0, no abstentions, the opinion."_s << 15 << 0 << 0;
    QTest::newRow("with no abstentions")
        << u"The committee adopted by 25 votes to 2 with no abstentions."_s << 25 << 2 << 0;
    QTest::newRow("words no abstentions")
        << u"adopted unanimously by ten votes to zero, with no abstentions"_s << 10 << 0 << 0;
    QTest::newRow("singular vote and abstention")
        << u"adopted by 1 vote to 1, with 1 abstention"_s << 1 << 1 << 1;
    QTest::newRow("and abstentions")
        << u"adopted by 512 votes to 90 and 12 abstentions"_s << 512 << 90 << 12;
    QTest::newRow("first of two")
        << u"Parliament adopted by 300 votes to 200, with 10 abstentions. An amendment "
           "fell by 100 votes to 400, with 20 abstentions."_s
        << 300 << 200 << 10;
}

void TestVoteSentence::parseVoteSentence()
{
    QFETCH(QString, text);
    QFETCH(int, votesFor);
    QFETCH(int, against);
    QFETCH(int, abstentions);

    const auto vote = re::parseVoteSentence(text);
    QVERIFY(vote.has_value());
    QCOMPARE(vote->votesFor, votesFor);
    QCOMPARE(vote->against, against);
    QCOMPARE(vote->abstentions, abstentions);
    QCOMPARE(vote->seats, 0);
    QVERIFY(vote->groups.isEmpty());
    QVERIFY(vote->countries.isEmpty());
}

void TestVoteSentence::noVote_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("committee stage")
        << u"The Committee on Foreign Affairs adopted the own-initiative report by "
           "Jane Doe."_s;
    QTest::newRow("unanimously") << u"The European Parliament adopted unanimously a "
                                    "resolution on the synthetic matter."_s;
    QTest::newRow("no abstention clause")
        << u"Parliament adopted by 300 votes to 200 a resolution."_s;
    QTest::newRow("years not votes") << u"between 2021 to 2027 with 3 partners"_s;
    QTest::newRow("more votes than any parliament")
        << u"The European Parliament adopted by 9000 votes to 1000, with 1 abstention, a "
           "resolution."_s;
    QTest::newRow("a count beyond an int")
        << u"The European Parliament adopted by 2147483648 votes to 1, with 1 abstention, a "
           "resolution."_s;
    QTest::newRow("someone is not one")
        << u"adopted by someone votes to two, with three abstentions"_s;
}

void TestVoteSentence::noVote()
{
    QFETCH(QString, text);
    QVERIFY(!re::parseVoteSentence(text).has_value());
}

void TestVoteSentence::parseCount_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expected"); // -1: not a number

    QTest::newRow("digits") << u"440"_s << 440;
    QTest::newRow("zero digit") << u"0"_s << 0;
    QTest::newRow("zero") << u"zero"_s << 0;
    QTest::newRow("one") << u"one"_s << 1;
    QTest::newRow("twelve") << u"twelve"_s << 12;
    QTest::newRow("nineteen") << u"Nineteen"_s << 19;
    QTest::newRow("twenty") << u"twenty"_s << 20;
    QTest::newRow("twenty-one") << u"twenty-one"_s << 21;
    QTest::newRow("ninety nine") << u"ninety nine"_s << 99;
    QTest::newRow("padded") << u" 85 "_s << 85;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("word") << u"votes"_s << -1;
    QTest::newRow("negative") << u"-3"_s << -1;
    QTest::newRow("twenty-zero") << u"twenty-zero"_s << -1;
    QTest::newRow("one-twenty") << u"one-twenty"_s << -1;
    QTest::newRow("three parts") << u"twenty-one-two"_s << -1;
}

void TestVoteSentence::parseCount()
{
    QFETCH(QString, word);
    QFETCH(int, expected);
    const auto count = re::parseCount(word);
    if (expected < 0) {
        QVERIFY(!count.has_value());
    } else {
        QVERIFY(count.has_value());
        QCOMPARE(*count, expected);
    }
}

QTEST_GUILESS_MAIN(TestVoteSentence)
#include "tst_votesentence.moc"
