// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/CsvTable.h"
#include "vote/RollCallReader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(RE_TEST_DATA "/vote");

Vote totals()
{
    Vote vote;
    vote.votesFor = 440;
    vote.against = 119;
    vote.abstentions = 85;
    return vote;
}

const VoteBreakdownRow *row(const QList<VoteBreakdownRow> &rows, const QString &code)
{
    for (const VoteBreakdownRow &r : rows) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestRollCallReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvQuoting();
    void csvUnclosedQuote();
    void csvFieldLimit();
    void fileKinds_data();
    void fileKinds();
    void singleFiles_data();
    void singleFiles();
    void folder();
    void membersAggregate();
    void bulkSpelling();
    void errors_data();
    void errors();
    void noTotalsInDocument();
    void filesDisagree();
};

void TestRollCallReader::csvQuoting()
{
    const QByteArray csv = "\xef\xbb\xbf"
                           "a,b,c\r\n"
                           "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                           "\r\n"
                           "2,\"two\nlines\",\n"
                           "3,,last";
    QString error;
    const std::optional<CsvTable> table = parseCsv(csv, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, (QStringList { u"a"_s, u"b"_s, u"c"_s }));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(0), (QStringList { u"1"_s, u"x, y"_s, u"say \"hi\""_s }));
    QCOMPARE(table->rows.at(1), (QStringList { u"2"_s, u"two\nlines"_s, QString() }));
    QCOMPARE(table->rows.at(2), (QStringList { u"3"_s, QString(), u"last"_s }));
    QCOMPARE(table->lines, (QList<int> { 2, 4, 6 }));
    QCOMPARE(table->column(u"c"_s), 2);
    QCOMPARE(table->column(u"d"_s), -1);
}

void TestRollCallReader::csvUnclosedQuote()
{
    QString error;
    QVERIFY(!parseCsv("a,b\n1,2\n\"3,4\n", &error));
    QCOMPARE(error, u"line 3: a quoted field is not closed"_s);
    QVERIFY(!parseCsv("", &error));
    QVERIFY(!error.isEmpty());
}

void TestRollCallReader::csvFieldLimit()
{
    // At the limit it is read; one field more, in a row or as a line of its own, is refused.
    const qsizetype rows = MaxCsvFields / 3; // three fields each, header included
    QByteArray fits = "a,b,c\n" + QByteArray("1,2,3\n").repeated(rows - 1);
    QString error;
    const std::optional<CsvTable> table = parseCsv(fits, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows.size(), rows - 1);
    for (const QByteArray &more : { QByteArray("1,2,3,4,5\n"), QByteArray("1\n1\n1\n1\n1\n") }) {
        QVERIFY(!parseCsv(fits + more, &error));
        QVERIFY2(error.contains(u"more than"_s), qPrintable(error));
    }
}

void TestRollCallReader::fileKinds_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("kind"); // -1: none
    QTest::newRow("groups") << u"code,label,short_label,count_for"_s << u"x.csv"_s
                            << int(RollCallFileKind::Groups);
    QTest::newRow("countries") << u"code,label,iso_alpha_2,count_for"_s << u"x.csv"_s
                               << int(RollCallFileKind::Countries);
    QTest::newRow("members") << u"position,member.id"_s << u"x.csv"_s
                             << int(RollCallFileKind::Members);
    QTest::newRow("by name") << u"code,label,count_for"_s << u"vote-groups.csv"_s
                             << int(RollCallFileKind::Groups);
    QTest::newRow("unknown") << u"id,timestamp,title"_s << u"votes.csv"_s << -1;
}

void TestRollCallReader::fileKinds()
{
    QFETCH(QString, header);
    QFETCH(QString, fileName);
    QFETCH(int, kind);
    const std::optional<RollCallFileKind> found = rollCallFileKind(header.split(u','), fileName);
    QCOMPARE(found ? int(*found) : -1, kind);
}

void TestRollCallReader::singleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("countries");
    QTest::newRow("groups") << u"synthetic-groups.csv"_s << 9 << 0;
    QTest::newRow("countries") << u"synthetic-countries.csv"_s << 0 << 27;
    QTest::newRow("members") << u"synthetic-members.csv"_s << 9 << 27;
}

void TestRollCallReader::singleFiles()
{
    QFETCH(QString, file);
    QFETCH(int, groups);
    QFETCH(int, countries);
    QString error;
    const std::optional<Vote> vote = readRollCall(kData + u'/' + file, totals(), &error);
    QVERIFY2(vote, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(vote->votesFor, 440);
    QCOMPARE(vote->against, 119);
    QCOMPARE(vote->abstentions, 85);
    QCOMPARE(vote->groups.size(), groups);
    QCOMPARE(vote->countries.size(), countries);
    QCOMPARE(vote->seats, 720); // 644 cast + 76 who did not vote, as the file lists them
}

void TestRollCallReader::folder()
{
    QString error;
    const std::optional<Vote> vote = readRollCall(kData, totals(), &error);
    QVERIFY2(vote, qPrintable(error));
    QCOMPARE(vote->groups.size(), 9);
    QCOMPARE(vote->countries.size(), 27);
    // Seating order, left to right.
    QStringList codes;
    for (const VoteBreakdownRow &r : vote->groups)
        codes.append(r.code);
    QCOMPARE(codes,
        (QStringList { u"GUE_NGL"_s, u"SD"_s, u"GREEN_EFA"_s, u"RENEW"_s, u"EPP"_s, u"ECR"_s,
            u"PFE"_s, u"ESN"_s, u"NI"_s }));
    const VoteBreakdownRow *sd = row(vote->groups, u"SD"_s);
    QVERIFY(sd);
    QCOMPARE(sd->shortLabel, u"S&D"_s);
    QCOMPARE(sd->label, u"Progressive Alliance of Socialists and Democrats"_s);
    QCOMPARE(sd->votesFor, 100);
    QCOMPARE(sd->didNotVote, 11);
    // Countries by name.
    QCOMPARE(vote->countries.first().label, u"Austria"_s);
    QCOMPARE(vote->countries.first().shortLabel, u"AT"_s);
    QCOMPARE(vote->countries.last().label, u"Sweden"_s);

    // The totals given win over nothing: seats the document knows stay.
    Vote withSeats = totals();
    withSeats.seats = 720;
    QCOMPARE(readRollCall(kData, withSeats, &error)->seats, 720);
}

void TestRollCallReader::membersAggregate()
{
    QString error;
    const auto fromMembers = readRollCall(kData + u"/synthetic-members.csv"_s, totals(), &error);
    const auto fromGroups = readRollCall(kData + u"/synthetic-groups.csv"_s, totals(), &error);
    const auto fromCountries
        = readRollCall(kData + u"/synthetic-countries.csv"_s, totals(), &error);
    QVERIFY(fromMembers && fromGroups && fromCountries);
    QCOMPARE(fromMembers->groups, fromGroups->groups);
    QCOMPARE(fromMembers->countries, fromCountries->countries);
    const VoteBreakdownRow *germany = row(fromMembers->countries, u"DEU"_s);
    QVERIFY(germany);
    QCOMPARE(germany->cast() + germany->didNotVote, 96);
}

void TestRollCallReader::bulkSpelling()
{
    QString error;
    const auto vote
        = readRollCall(kData + u"/bulk/synthetic-groups-bulk-spelling.csv"_s, totals(), &error);
    QVERIFY2(vote, qPrintable(error));
    QCOMPARE(row(vote->groups, u"PFE"_s)->abstentions, 20);
}

void TestRollCallReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("mismatch")
        << u"bad/synthetic-groups-mismatch.csv"_s
        << u"the groups file (synthetic-groups-mismatch.csv) counts 438 votes in favour, "
           "the document 440"_s;
    QTest::newRow("missing column")
        << u"bad/synthetic-groups-missing-column.csv"_s
        << u"synthetic-groups-missing-column.csv lacks the column count_against that a groups "
           "file needs"_s;
    QTest::newRow("bad number")
        << u"bad/synthetic-groups-bad-number.csv"_s
        << u"synthetic-groups-bad-number.csv, line 4: \"3O\" in count_for is not a number of "
           "votes"_s;
    QTest::newRow("counts that overflow")
        << u"bad/synthetic-groups-overflow.csv"_s
        << u"synthetic-groups-overflow.csv, line 2: the count_for column adds up to more than "
           "10000 votes, more than any parliament casts"_s;
    QTest::newRow("number with a line break") // the refusal quotes it on one line
        << u"bad/synthetic-groups-multiline-number.csv"_s
        << u"synthetic-groups-multiline-number.csv, line 2: \"8,2 N22\" in count_for is not a "
           "number of votes"_s;
    QTest::newRow("unclosed quote")
        << u"bad/synthetic-countries-unclosed-quote.csv"_s
        << u"synthetic-countries-unclosed-quote.csv: line 3: a quoted field is not closed"_s;
    QTest::newRow("missing file") << u"no-such-file.csv"_s << QString();
    QTest::newRow("folder of bad files") << u"bad"_s << QString();
}

void TestRollCallReader::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!readRollCall(kData + u'/' + file, totals(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u'\n'), qPrintable(error));
    if (!message.isEmpty())
        QCOMPARE(error, message);
}

void TestRollCallReader::noTotalsInDocument()
{
    QString error;
    const auto vote = readRollCall(kData + u"/synthetic-groups.csv"_s, Vote(), &error);
    QVERIFY2(vote, qPrintable(error));
    QCOMPARE(vote->votesFor, 440);
    QCOMPARE(vote->against, 119);
    QCOMPARE(vote->abstentions, 85);
}

void TestRollCallReader::filesDisagree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::copy(kData + u"/synthetic-members.csv"_s, dir.filePath(u"synthetic-members.csv"_s));
    QFile::copy(
        kData + u"/bad/synthetic-groups-mismatch.csv"_s, dir.filePath(u"synthetic-groups.csv"_s));
    QString error;
    QVERIFY(!readRollCall(dir.path(), totals(), &error));
    QCOMPARE(error,
        u"for EPP, the groups file (synthetic-groups.csv) counts 168 votes in favour, "
        "the members file (synthetic-members.csv) 170"_s);

    // Two files of one kind are refused, not merged.
    QTemporaryDir two;
    QFile::copy(kData + u"/synthetic-groups.csv"_s, two.filePath(u"a-synthetic-groups.csv"_s));
    QFile::copy(kData + u"/synthetic-groups.csv"_s, two.filePath(u"b-synthetic-groups.csv"_s));
    QVERIFY(writeFile(two.filePath(u"unrelated.csv"_s), "id,title\n1,x\n"));
    QVERIFY(!readRollCall(two.path(), totals(), &error));
    QVERIFY2(error.contains(u"two groups files"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestRollCallReader)
#include "tst_rollcallreader.moc"
