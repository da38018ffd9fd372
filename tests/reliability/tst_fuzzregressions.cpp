// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the normal build and under the sanitizers, every input the fuzzers (tests/fuzz)
// found a problem with, plus the generated inputs below. Each must be refused with one line or
// read into a document that saves and reads back unchanged. New crash inputs go into
// tests/data/reliability/fuzz-regressions/<reader>/ with a name saying what they broke.
#include "geo/WorldMap.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "vote/CsvTable.h"
#include "vote/RollCallReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

const QString RegressionDir = QStringLiteral(RE_TEST_DATA "/reliability/fuzz-regressions");

/// The contract of every reader's refusal: one sentence on one line.
void verifyError(const QString &error)
{
    QVERIFY(!error.trimmed().isEmpty());
    QVERIFY2(!error.contains(u'\n') && !error.contains(u'\r'), qPrintable(error));
}

void verifyRoundTrip(const Document &document)
{
    const QByteArray saved = documentToJson(document);
    QString error;
    const std::optional<Document> reread = documentFromJson(saved, &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(documentToJson(*reread), saved);
}

void replay(const QString &reader, const QByteArray &bytes, const QString &suffix)
{
    QString error;
    if (reader == u"summary") {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("input.") + suffix);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const std::optional<Document> document = loadDocumentFile(path, &error);
        if (document)
            verifyRoundTrip(*document);
        else
            verifyError(error);
    } else if (reader == u"documentjson") {
        const std::optional<Document> document = documentFromJson(bytes, &error);
        if (document)
            verifyRoundTrip(*document);
        else
            verifyError(error);
    } else if (reader == u"topojson") {
        const std::optional<WorldMap> map = WorldMap::fromTopoJson(bytes, &error);
        if (map)
            (void)map->keyAt(QPointF(0, 0));
        else
            verifyError(error);
    } else if (reader == u"rollcall") {
        if (!parseCsv(bytes, &error))
            verifyError(error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roll-call.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        Vote totals;
        totals.votesFor = 440;
        totals.against = 119;
        totals.abstentions = 85;
        totals.seats = 720;
        for (const Vote &against : { totals, Vote() }) {
            error.clear();
            if (!readRollCallFiles({ path }, against, &error))
                verifyError(error);
        }
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown reader folder ") + reader));
    }
}

QByteArray nested(const char *open, const char *close, int depth)
{
    return QByteArray(open).repeated(depth) + QByteArray(close).repeated(depth);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savedInputs_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("file");
        QDirIterator it(RegressionDir, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            const QString reader = QFileInfo(file).dir().dirName();
            QTest::newRow(qPrintable(reader + u'/' + QFileInfo(file).fileName())) << reader << file;
            ++count;
        }
        if (count == 0)
            QTest::newRow("none yet") << QString() << QString();
    }

    void savedInputs()
    {
        QFETCH(QString, reader);
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("no fuzzer finding saved yet");
        QFile input(file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        // A summary finding keeps its suffix in its name: "...-md", "...-txt", "...-html".
        const QString suffix = QFileInfo(file).fileName().section(u'-', -1);
        replay(reader, input.readAll(), suffix);
    }

    void generatedInputs_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("suffix");
        for (const char *suffix : { "md", "txt", "html", "json" }) {
            const QString s = QLatin1String(suffix);
            QTest::newRow(qPrintable(u"NUL bytes ."_s + s))
                << u"summary"_s << QByteArray(64, '\0') << s;
            QTest::newRow(qPrintable(u"lone surrogate ."_s + s))
                << u"summary"_s << QByteArray("# T\n\n\xed\xa0\x80 text.\n") << s;
            QTest::newRow(qPrintable(u"odd UTF-16 ."_s + s))
                << u"summary"_s << QByteArray("\xff\xfe# T\n\n", 7) << s;
            QTest::newRow(qPrintable(u"only a BOM ."_s + s))
                << u"summary"_s << QByteArray("\xef\xbb\xbf") << s;
            QTest::newRow(qPrintable(u"10000 headings ."_s + s))
                << u"summary"_s << QByteArray("# T\n\n") + QByteArray("## *H*\n\n").repeated(10000)
                << s;
            QTest::newRow(qPrintable(u"one 1 MB line ."_s + s))
                << u"summary"_s << QByteArray("# T\n\n") + QByteArray(1024 * 1024, 'a') << s;
            QTest::newRow(qPrintable(u"deep HTML ."_s + s))
                << u"summary"_s << nested("<div>", "</div>", 20000) << s;
        }
        QTest::newRow("deep arrays") << u"documentjson"_s << nested("[", "]", 100000) << QString();
        QTest::newRow("deep objects")
            << u"documentjson"_s << nested("{\"a\":", "}", 100000) << QString();
        QTest::newRow("huge numbers")
            << u"documentjson"_s
            << QByteArray(R"({"format":"resolution-explorer/1","vote":{"for":1e400,)"
                          R"("against":-9223372036854775809,"abstentions":1.5}})")
            << QString();
        QTest::newRow("topology, huge arc index")
            << u"topojson"_s
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":)"
                          R"({"type":"GeometryCollection","geometries":[{"type":"Polygon",)"
                          R"("arcs":[[2147483647,-2147483648]]}]}}})")
            << QString();
        QTest::newRow("topology, arc index beyond int64")
            << u"topojson"_s
            << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":)"
                          R"({"type":"GeometryCollection","geometries":[{"type":"Polygon",)"
                          R"("arcs":[[3.3e100]]},{"type":"Polygon","arcs":[[-1e300]]}]}}})")
            << QString();
        QTest::newRow("topology, NaN transform")
            << u"topojson"_s
            << QByteArray(R"({"type":"Topology","transform":{"scale":[1e308,1e308],)"
                          R"("translate":[1e308,-1e308]},"arcs":[[[1e308,1e308],[1e308,1]]],)"
                          R"("objects":{"countries":{"type":"GeometryCollection","geometries":)"
                          R"([{"type":"Polygon","arcs":[[0]]}]}}})")
            << QString();
        QTest::newRow("CSV, 100000 columns")
            << u"rollcall"_s << QByteArray("a,").repeated(100000) + '\n'
            << QString();
        QTest::newRow("CSV, unclosed quote")
            << u"rollcall"_s << QByteArray("code,label\n\"EPP,x\n") << QString();
        QTest::newRow("CSV, counts overflow")
            << u"rollcall"_s
            << QByteArray("code,label,short_label,count_for,count_against,count_abstentions,"
                          "count_did_not_vote\nA,A,A,2147483647,2147483647,2147483647,"
                          "2147483647\nB,B,B,2147483647,1,1,1\n")
            << QString();
    }

    void generatedInputs()
    {
        QFETCH(QString, reader);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, suffix);
        replay(reader, bytes, suffix);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
