// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/BulkExport.h"
#include "vote/CsvStream.h"
#include "vote/RollCallReader.h"

#include <JlCompress.h>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

const QString kData = QStringLiteral(RE_TEST_DATA "/vote");
const QString kProcedure = u"2025/2119(INI)"_s;

Vote totals(int votesFor = 440, int against = 119, int abstentions = 85)
{
    Vote vote;
    vote.votesFor = votesFor;
    vote.against = against;
    vote.abstentions = abstentions;
    return vote;
}

/// A copy of the synthetic export in `dir`, with `edit` applied to one of its tables.
QString copyOfExport(const QTemporaryDir &dir, const QString &table = {},
    const std::function<void(QByteArray &)> &edit = {})
{
    const QString folder = dir.filePath(u"synthetic-export"_s);
    QDir().mkpath(folder);
    for (const QString &name : QDir(kData + u"/synthetic-export"_s).entryList(QDir::Files)) {
        QFile source(kData + u"/synthetic-export/"_s + name);
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = source.readAll();
        if (name == table && edit)
            edit(bytes);
        QFile target(folder + u'/' + name);
        if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size())
            return {};
    }
    return folder;
}

QList<QByteArray> records(const QByteArray &csv, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(&buffer);
    QList<QByteArray> all;
    QList<QByteArray> fields;
    while (stream.next(fields))
        all.append(fields.join('|'));
    if (error)
        *error = stream.error();
    return all;
}

/// The same records through the view API, which splits unquoted records in place.
QList<QByteArray> viewRecords(const QByteArray &csv, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvStream stream(&buffer);
    QList<QByteArray> all;
    QList<QByteArrayView> fields;
    while (stream.next(fields)) {
        QByteArray joined;
        for (qsizetype i = 0; i < fields.size(); ++i)
            joined += (i ? "|" : "") + fields.at(i).toByteArray();
        all.append(joined);
    }
    if (error)
        *error = stream.error();
    return all;
}

} // namespace

class TestBulkExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void csvStream()
    {
        const QByteArray mixed
            = "a,b\n\"x,y\",\"he said \"\"no\"\"\"\r\n\n\"two\nlines\",z\r\n,,\nend";
        const QList<QByteArray> expected { "a|b", "x,y|he said \"no\"", "two\nlines|z", "||",
            "end" };
        QCOMPARE(records(mixed), expected);
        QCOMPARE(viewRecords(mixed), expected);
        // Quotes and line ends across the stream's 1 MB chunks, the chunk's end falling on
        // each byte of the quoted field and of the CRLF in turn.
        for (int shift = 0; shift < 10; ++shift) {
            const QByteArray data
                = "h\n" + QByteArray(1024 * 1024 - 8 - shift, 'p') + ",\"q\"\"r\"\r\nlast";
            const QList<QByteArray> all = records(data);
            QCOMPARE(viewRecords(data), all);
            QCOMPARE(all.size(), 3);
            QVERIFY(all.at(1).endsWith("p|q\"r"));
            QCOMPARE(all.at(2), QByteArray("last"));
        }
        QString error;
        records("a,\"open\nb", &error);
        QCOMPARE(error, u"line 1: a quoted field is not closed"_s);
        records(QByteArray(3 * 1024 * 1024, 'x'), &error);
        QVERIFY2(error.contains(u"a record longer than 1 MB"_s), qPrintable(error));
        viewRecords("a\n" + QByteArray(3 * 1024 * 1024, 'x'), &error);
        QCOMPARE(error, u"line 2: a record longer than 1 MB, more than any roll-call row"_s);
    }

    /// The export as a folder and as a zip gives what the per-vote members file gives.
    void sameBreakdownAsTheMembersFile()
    {
        QString error;
        const auto fromMembers
            = readRollCall(kData + u"/synthetic-members.csv"_s, totals(), &error);
        QVERIFY2(fromMembers, qPrintable(error));
        QTemporaryDir dir;
        const QString zip = dir.filePath(u"synthetic-export.zip"_s);
        QVERIFY(JlCompress::compressDir(zip, kData + u"/synthetic-export"_s));
        for (const QString &path : QStringList { kData + u"/synthetic-export"_s, zip }) {
            QVERIFY(isBulkExport(path));
            const auto fromExport
                = readRollCall(path, RollCallRequest { totals(), kProcedure, {}, nullptr }, &error);
            QVERIFY2(fromExport, qPrintable(error));
            QCOMPARE(fromExport->groups, fromMembers->groups);
            QCOMPARE(fromExport->countries, fromMembers->countries);
            QCOMPARE(fromExport->seats, 720);
        }
    }

    void choosingTheVote()
    {
        const QString folder = kData + u"/synthetic-export"_s;
        QString error;
        // Named: the amendment's totals are not the document's.
        QVERIFY(!readBulkExport(folder, kProcedure, totals(), u"900010"_s, &error));
        QCOMPARE(error,
            u"vote 900010 of the export counts 3 for, 0 against, 0 abstentions; the document "
            "440, 119, 85"_s);
        // Named, with no totals in the document: the export's are taken.
        const auto amendment = readBulkExport(folder, kProcedure, Vote(), u"900010"_s, &error);
        QVERIFY2(amendment, qPrintable(error));
        QCOMPARE(amendment->votesFor, 3);
        QVERIFY(!readBulkExport(folder, kProcedure, totals(), u"1"_s, &error));
        QVERIFY2(error.startsWith(u"the export holds no vote 1 of procedure 2025/2119(INI); its "
                                  "votes: 900010 (2099-01-01, 3 for"_s),
            qPrintable(error));
        QVERIFY(!readBulkExport(folder, u"2099/9999(INI)"_s, totals(), {}, &error));
        QCOMPARE(error, u"the export holds no vote of procedure 2099/9999(INI)"_s);

        QTemporaryDir dir;
        const QString twoMain = copyOfExport(dir, u"votes.csv"_s,
            [](QByteArray &csv) { csv.replace(",False,2025/2119(INI)", ",True,2025/2119(INI)"); });
        QVERIFY(!readBulkExport(twoMain, kProcedure, totals(), {}, &error));
        QVERIFY2(error.startsWith(u"the export holds 2 main votes of procedure 2025/2119(INI); "
                                  "choose one by its identifier: 900010"_s),
            qPrintable(error));
        QTemporaryDir dir2;
        const QString noMain = copyOfExport(dir2, u"votes.csv"_s,
            [](QByteArray &csv) { csv.replace(",True,2025/2119(INI)", ",False,2025/2119(INI)"); });
        QVERIFY(!readBulkExport(noMain, kProcedure, totals(), {}, &error));
        QVERIFY2(
            error.startsWith(u"the export holds no main vote of procedure"_s), qPrintable(error));
        QVERIFY(readBulkExport(noMain, kProcedure, totals(), u"900011"_s, &error));
    }

    void badExports()
    {
        QString error;
        QTemporaryDir dir;
        // A zip cut in half.
        const QString zip = dir.filePath(u"synthetic-export.zip"_s);
        QVERIFY(JlCompress::compressDir(zip, kData + u"/synthetic-export"_s));
        QFile whole(zip);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString cut = dir.filePath(u"synthetic-cut.zip"_s);
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(bytes.size() / 2));
        half.close();
        QVERIFY(!readBulkExport(cut, kProcedure, totals(), {}, &error));
        QVERIFY2(!error.isEmpty() && !error.contains(u'\n'), qPrintable(error));

        // An entry that inflates to far more than any table, with no line break.
        const QString bombFolder = dir.filePath(u"bomb"_s);
        QVERIFY(QDir().mkpath(bombFolder));
        QFile::copy(kData + u"/synthetic-export/votes.csv"_s, bombFolder + u"/votes.csv"_s);
        QFile members(bombFolder + u"/member_votes.csv"_s);
        QVERIFY(members.open(QIODevice::WriteOnly));
        members.write("vote_id,member_id,position,country_code,group_code\n");
        const QByteArray zeros(1 << 20, '0');
        for (int i = 0; i < 64; ++i)
            members.write(zeros);
        members.close();
        const QString bomb = dir.filePath(u"synthetic-bomb.zip"_s);
        QVERIFY(JlCompress::compressDir(bomb, bombFolder));
        QVERIFY(QFileInfo(bomb).size() < 1024 * 1024);
        QVERIFY(!readBulkExport(bomb, kProcedure, totals(), {}, &error));
        QVERIFY2(error.startsWith(u"member_votes.csv: line 2: a record longer than 1 MB"_s),
            qPrintable(error));

        QTemporaryDir dir2;
        const QString noColumn = copyOfExport(dir2, u"member_votes.csv"_s, [](QByteArray &csv) {
            csv.replace("vote_id,member_id,position", "vote,member_id,position");
        });
        QVERIFY(!readBulkExport(noColumn, kProcedure, totals(), {}, &error));
        QCOMPARE(error, u"member_votes.csv lacks the column vote_id"_s);

        QTemporaryDir dir3;
        const QString wrongCounts = copyOfExport(dir3, u"votes.csv"_s,
            [](QByteArray &csv) { csv.replace(",440,119,85,", ",441,119,85,"); });
        QVERIFY(!readBulkExport(wrongCounts, kProcedure, totals(441), {}, &error));
        QVERIFY2(
            error.startsWith(u"member_votes.csv lists 440 members under"_s), qPrintable(error));

        QVERIFY(
            !readBulkExport(kData + u"/synthetic-groups.csv"_s, kProcedure, totals(), {}, &error));
        QVERIFY2(error.startsWith(u"it is not a readable zip file"_s), qPrintable(error));
    }

    void cancelled()
    {
        const std::atomic_bool cancel { true };
        QString error;
        QVERIFY(!readBulkExport(
            kData + u"/synthetic-export"_s, kProcedure, totals(), {}, &error, &cancel));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkExport)
#include "tst_bulkexport.moc"
