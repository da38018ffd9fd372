// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "vote/PoliticalGroups.h"
#include "vote/RollCallReader.h"
#include "vote/VoteBreakdownModel.h"
#include "vote/VoteModel.h"
#include "vote/VotePosition.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

Vote totals(int seats = 0)
{
    Vote vote;
    vote.votesFor = 440;
    vote.against = 119;
    vote.abstentions = 85;
    vote.seats = seats;
    return vote;
}

Document documentWith(const std::optional<Vote> &vote)
{
    Document document;
    document.procedure.reference = QStringLiteral("2025/2119(INI)");
    document.vote = vote;
    return document;
}

} // namespace

class TestVoteModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupCohesion();
    void rows_data();
    void rows();
    void percentages_data();
    void percentages();
    void followsDocumentAndVote();
    void breakdownModel();
    void breakdownEmptyWithoutRollCall();
    void groupOrder();
};

void TestVoteModel::rows_data()
{
    QTest::addColumn<std::optional<Vote>>("vote");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("no vote") << std::optional<Vote>() << QStringList();
    QTest::newRow("totals only") << std::optional<Vote>(totals())
                                 << QStringList { u"for"_s, u"against"_s, u"abstentions"_s };
    QTest::newRow("seats known") << std::optional<Vote>(
        totals(720)) << QStringList { u"for"_s, u"against"_s, u"abstentions"_s, u"did-not-vote"_s };
}

void TestVoteModel::rows()
{
    QFETCH(std::optional<Vote>, vote);
    QFETCH(QStringList, keys);
    ResolutionModel model;
    model.setDocument(documentWith(vote));
    VoteModel votes(&model);
    QAbstractItemModelTester tester(&votes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(votes.rowCount(), keys.size());
    QCOMPARE(votes.columnCount(), 3);
    for (int row = 0; row < keys.size(); ++row)
        QCOMPARE(votes.index(row, 0).data(IdRole).toString(), keys.at(row));
    if (keys.size() == 4) {
        QCOMPARE(votes.index(3, VoteModel::CountColumn).data().toInt(), 720 - 644);
        QVERIFY(!votes.index(3, VoteModel::PercentColumn).data().isValid());
        QCOMPARE(votes.index(3, VoteModel::LabelColumn).data().toString(), u"Did not vote"_s);
    }
}

void TestVoteModel::percentages_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("percent");
    QTest::addColumn<QString>("text");
    QTest::newRow("for") << 0 << 440 << 100.0 * 440 / 644 << u"68.3%"_s;
    QTest::newRow("against") << 1 << 119 << 100.0 * 119 / 644 << u"18.5%"_s;
    QTest::newRow("abstentions") << 2 << 85 << 100.0 * 85 / 644 << u"13.2%"_s;
}

void TestVoteModel::percentages()
{
    QFETCH(int, row);
    QFETCH(int, count);
    QFETCH(double, percent);
    QFETCH(QString, text);
    QLocale::setDefault(QLocale::c());
    ResolutionModel model;
    model.setDocument(documentWith(totals()));
    VoteModel votes(&model);
    QCOMPARE(votes.index(row, VoteModel::CountColumn).data().toInt(), count);
    QCOMPARE(votes.index(row, VoteModel::CountColumn).data(CountRole).toInt(), count);
    QCOMPARE(votes.index(row, VoteModel::PercentColumn).data(Qt::EditRole).toDouble(), percent);
    QCOMPARE(votes.index(row, VoteModel::PercentColumn).data().toString(), text);
    QCOMPARE(votes.index(row, VoteModel::LabelColumn).data(Qt::DecorationRole).value<QColor>(),
        votePositionColour(votes.position(row)));
}

void TestVoteModel::followsDocumentAndVote()
{
    ResolutionModel model;
    VoteModel votes(&model);
    QAbstractItemModelTester tester(&votes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&votes, &QAbstractItemModel::modelReset);
    QCOMPARE(votes.rowCount(), 0);

    model.setDocument(documentWith(totals()));
    QCOMPARE(votes.rowCount(), 3);
    QVERIFY(resets.count() >= 1);

    Vote withSeats = totals(720);
    model.setVote(withSeats);
    QCOMPARE(votes.rowCount(), 4);
    QCOMPARE(votes.index(3, VoteModel::CountColumn).data().toInt(), 76);

    withSeats.votesFor = 441;
    model.setVote(withSeats);
    QCOMPARE(votes.index(0, VoteModel::CountColumn).data().toInt(), 441);

    model.setVote(std::nullopt);
    QCOMPARE(votes.rowCount(), 0);
}

void TestVoteModel::breakdownModel()
{
    ResolutionModel model;
    model.setDocument(documentWith(totals()));
    VoteBreakdownModel groups(&model, VoteBreakdownModel::Kind::Groups);
    VoteBreakdownModel countries(&model, VoteBreakdownModel::Kind::Countries);
    QAbstractItemModelTester groupTester(
        &groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester countryTester(
        &countries, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QString error;
    const std::optional<Vote> vote
        = readRollCall(QStringLiteral(RE_TEST_DATA "/vote"), *model.document().vote, &error);
    QVERIFY2(vote, qPrintable(error));
    QSignalSpy resets(&groups, &QAbstractItemModel::modelReset);
    model.setVote(vote);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(groups.rowCount(), 9);
    QCOMPARE(countries.rowCount(), 27);
    QCOMPARE(groups.columnCount(), 5);
    QCOMPARE(groups.index(0, 0).data(IdRole).toString(), u"GUE_NGL"_s);
    QCOMPARE(groups.index(0, 0).data().toString(), u"The Left"_s);
    QCOMPARE(groups.index(4, 0).data(IdRole).toString(), u"EPP"_s);
    QCOMPARE(groups.index(4, VoteBreakdownModel::ForColumn).data().toInt(), 170);
    QCOMPARE(groups.index(4, VoteBreakdownModel::DidNotVoteColumn).data().toInt(), 11);
    QCOMPARE(groups.index(4, 0).data(Qt::DecorationRole).value<QColor>(),
        politicalGroupColour(u"EPP"_s));
    QCOMPARE(groups.headerData(VoteBreakdownModel::AgainstColumn, Qt::Horizontal).toString(),
        u"Against"_s);
    QCOMPARE(countries.index(0, 0).data().toString(), u"Austria"_s);
    QCOMPARE(countries.index(0, 0).data(IdRole).toString(), u"AUT"_s);

    int sumFor = 0;
    for (int row = 0; row < countries.rowCount(); ++row)
        sumFor += countries.index(row, VoteBreakdownModel::ForColumn).data().toInt();
    QCOMPARE(sumFor, 440);

    model.setDocument(documentWith(totals()));
    QCOMPARE(groups.rowCount(), 0);
    QCOMPARE(countries.rowCount(), 0);
}

void TestVoteModel::breakdownEmptyWithoutRollCall()
{
    ResolutionModel model;
    model.setDocument(documentWith(totals(720)));
    VoteBreakdownModel groups(&model, VoteBreakdownModel::Kind::Groups);
    QAbstractItemModelTester tester(
        &groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(groups.rowCount(), 0);
}

void TestVoteModel::groupOrder()
{
    const QStringList leftToRight = { u"GUE_NGL"_s, u"SD"_s, u"GREEN_EFA"_s, u"RENEW"_s, u"EPP"_s,
        u"ECR"_s, u"PFE"_s, u"ESN"_s, u"NI"_s };
    QCOMPARE(politicalGroups2024().size(), leftToRight.size());
    for (int i = 0; i < leftToRight.size(); ++i) {
        QCOMPARE(politicalGroups2024().at(i).code, leftToRight.at(i));
        QVERIFY(QColor(politicalGroups2024().at(i).colour).isValid());
        if (i > 0)
            QVERIFY(politicalGroupOrder(leftToRight.at(i - 1))
                < politicalGroupOrder(leftToRight.at(i)));
    }
    QVERIFY(politicalGroupOrder(u"NEW_GROUP"_s) > politicalGroupOrder(u"ESN"_s));
    QVERIFY(politicalGroupOrder(u"NEW_GROUP"_s) < politicalGroupOrder(u"NI"_s));
}

void TestVoteModel::groupCohesion()
{
    VoteBreakdownRow row;
    QVERIFY(!cohesion(row)); // nobody voted
    row.didNotVote = 7;
    QVERIFY(!cohesion(row));
    row.votesFor = 5;
    row.against = 30;
    row.abstentions = 6;
    const auto left = cohesion(row);
    QVERIFY(left);
    QCOMPARE(left->first, 30.0 / 41.0);
    QCOMPARE(left->second, VotePosition::Against);
    row = {};
    row.votesFor = 2;
    row.against = 2; // a tie: the first position in the order of the charts
    QCOMPARE(cohesion(row)->first, 0.5);
    QCOMPARE(cohesion(row)->second, VotePosition::For);
}

QTEST_GUILESS_MAIN(TestVoteModel)
#include "tst_votemodel.moc"
