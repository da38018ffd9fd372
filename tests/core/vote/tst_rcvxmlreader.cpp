// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/RcvXmlReader.h"
#include "vote/RollCallReader.h"

#include <QFile>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(RE_TEST_DATA "/vote");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Vote totals(int votesFor, int against, int abstentions)
{
    Vote vote;
    vote.votesFor = votesFor;
    vote.against = against;
    vote.abstentions = abstentions;
    return vote;
}

/// A record of the given votes, each "id:for:against:abstentions", every member in group PPE.
QByteArray record(const QStringList &votes)
{
    QByteArray xml = "<?xml version=\"1.0\"?><PV.RollCallVoteResults>";
    for (const QString &vote : votes) {
        const QStringList parts = vote.split(u':');
        xml += "<RollCallVote.Result Identifier=\"" + parts.at(0).toUtf8() + "\" Date=\"x\">";
        xml += "<RollCallVote.Description.Text>Synthetic vote " + parts.at(0).toUtf8()
            + "</RollCallVote.Description.Text>";
        const char *elements[] = { "Result.For", "Result.Against", "Result.Abstention" };
        for (int i = 0; i < 3; ++i) {
            const int n = parts.at(i + 1).toInt();
            xml += QByteArray("<") + elements[i] + " Number=\"" + QByteArray::number(n) + "\">";
            xml += "<Result.PoliticalGroup.List Identifier=\"PPE\">";
            for (int m = 0; m < n; ++m)
                xml += "<PoliticalGroup.Member.Name "
                       "MepId=\"1\">Synthetic</PoliticalGroup.Member.Name>";
            xml += QByteArray("</Result.PoliticalGroup.List></") + elements[i] + ">";
        }
        xml += "</RollCallVote.Result>";
    }
    return xml + "</PV.RollCallVoteResults>";
}

} // namespace

class TestRcvXmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// The Parliament's own records, as published: votes, descriptions, titles, groups.
    void realRecords()
    {
        QString error;
        const auto venezuela = readRollCallRecord(
            contents(kData + u"/real/rcv_list_pv-9-2023-12-12-rcv-fr.xml"_s), &error);
        QVERIFY2(venezuela, qPrintable(error));
        QCOMPARE(venezuela->size(), 1);
        const RecordedVote &vote = venezuela->first();
        QCOMPARE(vote.id, u"157699"_s);
        QVERIFY2(vote.description.startsWith(u"The political disqualifications in Venezuela – "
                                             "RC-B9-0331/2023 – Motion for a resolution"_s),
            qPrintable(vote.description));
        QCOMPARE(vote.votesFor, 1);
        QCOMPARE(vote.groups.size(), 1);
        QCOMPARE(vote.groups.first().code, u"RENEW"_s);
        QCOMPARE(vote.groups.first().shortLabel, u"Renew"_s);

        const auto evening = readRollCallRecord(
            contents(kData + u"/real/rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml"_s), &error);
        QVERIFY2(evening, qPrintable(error));
        QCOMPARE(evening->size(), 2);
        QCOMPARE(evening->at(0).id, u"168834"_s);
        QCOMPARE(evening->at(0).groups.first().code, u"EPP"_s); // "PPE" in the record
        QCOMPARE(evening->at(0).title.left(36), u"Amendments to Parliament’s Rules of "_s);
        QCOMPARE(evening->at(1).against, 1);
        QCOMPARE(evening->at(1).groups.first().against, 1);
    }

    /// The record's group names become HowTheyVote's codes, seated left to right.
    void groupNamesAreMapped()
    {
        QString error;
        const auto votes = readRollCallRecord(contents(kData + u"/synthetic-rcv.xml"_s), &error);
        QVERIFY2(votes, qPrintable(error));
        QCOMPARE(votes->size(), 2);
        QStringList codes;
        for (const VoteBreakdownRow &row : votes->at(1).groups)
            codes << row.code;
        QCOMPARE(codes,
            QStringList({ u"GUE_NGL"_s, u"SD"_s, u"GREEN_EFA"_s, u"RENEW"_s, u"EPP"_s, u"ECR"_s,
                u"PFE"_s, u"ESN"_s, u"NI"_s }));
        QCOMPARE(votes->at(1).title, u"Synthetic resolution for tests"_s);
    }

    /// The same synthetic vote as per-vote CSV files and as a record: the same groups.
    void sameBreakdownAsTheCsvFiles()
    {
        QString error;
        const auto fromCsv
            = readRollCall(kData + u"/synthetic-groups.csv"_s, totals(440, 119, 85), &error);
        QVERIFY2(fromCsv, qPrintable(error));
        const auto fromRecord = readRollCall(kData + u"/synthetic-rcv.xml"_s,
            RollCallRequest { totals(440, 119, 85), {}, {}, nullptr }, &error);
        QVERIFY2(fromRecord, qPrintable(error));
        QCOMPARE(fromRecord->groups.size(), fromCsv->groups.size());
        for (qsizetype i = 0; i < fromCsv->groups.size(); ++i) {
            const VoteBreakdownRow &csv = fromCsv->groups.at(i);
            const VoteBreakdownRow &xml = fromRecord->groups.at(i);
            QCOMPARE(xml.code, csv.code);
            QCOMPARE(xml.shortLabel, csv.shortLabel);
            QCOMPARE(xml.votesFor, csv.votesFor);
            QCOMPARE(xml.against, csv.against);
            QCOMPARE(xml.abstentions, csv.abstentions);
        }
        QVERIFY(fromRecord->countries.isEmpty()); // the record names no member's country
    }

    void choosingTheVote_data()
    {
        QTest::addColumn<QStringList>("votes");
        QTest::addColumn<QString>("voteId");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("error");
        QTest::newRow("the one with the totals") << QStringList { u"1:1:0:0"_s, u"2:3:1:0"_s,
            u"3:0:2:0"_s } << QString() << u"2"_s << QString();
        QTest::newRow("named") << QStringList { u"1:1:0:0"_s, u"2:3:1:0"_s } << u"1"_s << u"1"_s
                               << QString();
        QTest::newRow("named but absent")
            << QStringList { u"1:1:0:0"_s, u"2:3:1:0"_s } << u"7"_s << QString()
            << u"the record holds no vote 7; its votes: 1 (1 for"_s;
        QTest::newRow("none with the totals")
            << QStringList { u"1:1:0:0"_s, u"2:2:1:0"_s } << QString() << QString()
            << u"no vote of the record has the document's totals (3 for, 1 against, 0 "
               "abstentions); choose one by its identifier: 1 (1 for"_s;
        QTest::newRow("two with the totals")
            << QStringList { u"1:3:1:0"_s, u"2:3:1:0"_s } << QString() << QString()
            << u"2 votes of the record have the document's totals; choose one"_s;
        QTest::newRow("a record of one vote")
            << QStringList { u"5:9:9:9"_s } << QString() << u"5"_s << QString();
    }

    void choosingTheVote()
    {
        QFETCH(QStringList, votes);
        QFETCH(QString, voteId);
        QFETCH(QString, chosen);
        QFETCH(QString, error);
        QString problem;
        const auto read = readRollCallRecord(record(votes), &problem);
        QVERIFY2(read, qPrintable(problem));
        const auto vote = chooseRecordedVote(*read, totals(3, 1, 0), voteId, &problem);
        if (chosen.isEmpty()) {
            QVERIFY(!vote);
            QVERIFY2(problem.startsWith(error), qPrintable(problem));
            QVERIFY(!problem.contains(u'\n'));
        } else {
            QVERIFY2(vote, qPrintable(problem));
            QCOMPARE(vote->id, chosen);
        }
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("a bot-check page instead of the record")
            << QByteArray("<!DOCTYPE html><html><head><title>Checking your browser</title></head>"
                          "<body>Please enable JavaScript</body></html>")
            << u"it is not the Parliament's roll-call record of a sitting (RCV XML)"_s;
        QTest::newRow("another XML file")
            << QByteArray("<?xml version=\"1.0\"?><votes><vote/></votes>")
            << u"it is not the Parliament's roll-call record of a sitting (RCV XML)"_s;
        QTest::newRow("cut short")
            << record({ u"1:2:0:0"_s }).left(200) << u"the record is not well-formed XML"_s;
        QTest::newRow("no vote") << QByteArray("<PV.RollCallVoteResults/>")
                                 << u"the record holds no roll-call vote"_s;
        QByteArray wrongTotal = record({ u"1:2:0:0"_s });
        wrongTotal.replace("Number=\"2\"", "Number=\"5\"");
        QTest::newRow("totals that disagree with the members")
            << wrongTotal << u"vote 1: the record counts 5 under “For” but lists 2 members"_s;
        QByteArray huge = record({ u"1:2:0:0"_s });
        huge.replace("Number=\"2\"", "Number=\"2147483647\"");
        QTest::newRow("a count beyond any parliament")
            << huge << u"vote 1: \"2147483647\" is not a number of votes"_s;
    }

    void badRecords()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        QString problem;
        QVERIFY(!readRollCallRecord(xml, &problem));
        QVERIFY2(problem.startsWith(error), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRcvXmlReader)
#include "tst_rcvxmlreader.moc"
