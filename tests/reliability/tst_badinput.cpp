// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input corpus on the command line: the real executable, as a script runs it. A refused
// input gives exit status 2, nothing on stdout, one line "resolution-explorer: FILE: problem"
// on stderr and no output file; an accepted one gives status 0 and a readable document.
#include "BadInputCorpus.h"
#include "common/RunProgram.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

namespace {

/// The one-line refusal the command line promises for `file`.
void verifyRefusal(const Run &r, const QString &file, const QByteArray &mention)
{
    QCOMPARE(r.status, 2);
    QVERIFY2(r.out.isEmpty(), r.out.left(200).constData());
    QVERIFY(r.err.endsWith('\n'));
    const QByteArray line = r.err.chopped(1);
    QVERIFY2(!line.contains('\n'), r.err.constData());
    const QByteArray prefix = "resolution-explorer: " + file.toUtf8() + ": ";
    QVERIFY2(line.startsWith(prefix), line.constData());
    QVERIFY2(line.size() > prefix.size() + 5, line.constData());
    QVERIFY2(line.contains(mention), line.constData());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("mention");
        QTest::addColumn<QString>("knownGap");
        for (const CorpusFile &c : corpusFiles()) {
            QTest::newRow(c.tag) << corpusPath(c.file) << c.accepted << QByteArray(c.mention)
                                 << QString::fromUtf8(c.knownGap ? c.knownGap : "");
        }
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, mention);
        QFETCH(QString, knownGap);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("actions.csv"));
        const Run r = run(
            { QStringLiteral("--dump-model"), QStringLiteral("--export-actions"), exported, file });
        if (!knownGap.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownGap), Abort);
        QCOMPARE(r.status, accepted ? 0 : 2);
        if (!accepted) {
            verifyRefusal(r, file, mention);
            QCOMPARE(entries(dir.path()), QStringList()); // no partial output, no temporary
            return;
        }
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains(mention), r.out.left(2000).constData());
        QString error;
        QVERIFY2(documentFromJson(r.out, &error), qPrintable(error));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("actions.csv") });
    }

    void htmlScriptsAndStylesAreText()
    {
        const Run r
            = run({ QStringLiteral("--dump-model"), corpusPath("synthetic-script-style.html") });
        QCOMPARE(r.status, 0);
        for (const char *marker : { "SYNTHSCRIPTMARKER", "SYNTHSTYLEMARKER", "SYNTHMODULEMARKER",
                 "SYNTHHANDLERMARKER", "example.invalid", "2001/0001" })
            QVERIFY2(!r.out.contains(marker), marker);
        QVERIFY(r.out.contains("\"reference\": \"2099/0046(INI)\""));
    }

    void largeFilesAreRefusedUnread_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("rollCall");
        QTest::addColumn<QByteArray>("mention");
        QTest::newRow("summary .md") << QStringLiteral("big.md") << false << QByteArray("limit");
        QTest::newRow("summary .txt") << QStringLiteral("big.txt") << false << QByteArray("limit");
        QTest::newRow("page .html") << QStringLiteral("big.html") << false << QByteArray("limit");
        QTest::newRow("document .json")
            << QStringLiteral("big.json") << false << QByteArray("limit");
        QTest::newRow("roll call .csv")
            << QStringLiteral("groups.csv") << true << QByteArray("larger than the 32 MB limit");
    }

    void largeFilesAreRefusedUnread()
    {
        QFETCH(QString, name);
        QFETCH(bool, rollCall);
        QFETCH(QByteArray, mention);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const qint64 size = 200LL * 1024 * 1024;
        QVERIFY(makeSparseFile(path, size));
        QCOMPARE(QFileInfo(path).size(), size);
        QElapsedTimer timer;
        timer.start();
        const Run r = rollCall
            ? run({ QStringLiteral("--roll-call"), path, QStringLiteral("--dump-model") })
            : run({ QStringLiteral("--dump-model"), path });
        verifyRefusal(r, path, mention);
        // Reading 200 MB, decoding and parsing it would take far longer than starting up.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(allocatedBytes(path) < 1024 * 1024, "the test file should have stayed sparse");
    }

    /// A pipe would block the reader until something writes to it, a device never ends: both
    /// are refused before being opened, as FILE, as roll-call data, or linked from a folder.
    void nonRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("rollCall");
        QTest::addColumn<QByteArray>("mention");
        const QByteArray notRegular("not a regular file");
        QTest::newRow("pipe as FILE") << u"fifo"_s << false << notRegular;
        QTest::newRow("device as FILE") << u"/dev/zero"_s << false << notRegular;
        QTest::newRow("pipe as roll-call") << u"fifo"_s << true << notRegular;
        QTest::newRow("device as roll-call") << u"/dev/zero"_s << true << notRegular;
        QTest::newRow("folder linking a device") << u"folder"_s << true << notRegular;
    }

    void nonRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(bool, rollCall);
        QFETCH(QByteArray, mention);
        QTemporaryDir dir;
        QString path = kind;
        if (kind == u"fifo") {
            path = dir.filePath(u"synthetic-pipe.md"_s);
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == u"folder") {
            path = dir.filePath(u"votes"_s);
            QVERIFY(QDir().mkpath(path));
            QVERIFY(QFile::link(u"/dev/zero"_s, path + u"/groups.csv"_s));
        }
        const Run r = rollCall
            ? run({ QStringLiteral("--roll-call"), path, QStringLiteral("--dump-model") })
            : run({ QStringLiteral("--dump-model"), path });
        verifyRefusal(r, path, mention);
    }

    void pathsWithSpacesAndAccents()
    {
        QTemporaryDir dir;
        const QString folder
            = dir.filePath(QStringLiteral("dossier d\u2019\u00e9t\u00e9 2025 \u0394"));
        QVERIFY(QDir().mkpath(folder));
        const QString good = folder + QStringLiteral("/r\u00e9sum\u00e9 du vote \u2013 \u00c5.md");
        const QString bad = folder + QStringLiteral("/donn\u00e9es ab\u00eem\u00e9es.md");
        QVERIFY(QFile::copy(corpusPath("synthetic-utf8-bom.md"), good));
        QVERIFY(QFile::copy(corpusPath("synthetic-garbage.md"), bad));

        const Run ok = run({ QStringLiteral("--dump-model"), good });
        QCOMPARE(ok.status, 0);
        QVERIFY(ok.out.contains(QFileInfo(good).absoluteFilePath().toUtf8()));
        verifyRefusal(run({ QStringLiteral("--dump-model"), bad }), bad, "binary data");
        const QString exported = folder + QStringLiteral("/actions \u00e9t\u00e9.json");
        QCOMPARE(run({ QStringLiteral("--export-actions"), exported, good }).status, 0);
        QVERIFY(QFileInfo(exported).size() > 0);
        verifyRefusal(run({ QStringLiteral("--dump-model"), folder }), folder, "folder");
    }

    void badRollCalls_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("mention");
        QTest::newRow("missing columns") << corpusPath("synthetic-rollcall-missing-columns.csv")
                                         << QByteArray("not a HowTheyVote.eu roll-call file");
        QTest::newRow("totals that do not add up")
            << corpusPath("synthetic-rollcall-bad-totals.csv")
            << QByteArray("counts 400 votes in favour, the document 440");
        QTest::newRow("CSV of another program")
            << corpusPath("synthetic-spreadsheet.csv") << QByteArray("not a HowTheyVote.eu");
        QTest::newRow("binary garbage")
            << corpusPath("synthetic-garbage.md") << QByteArray("synthetic-garbage.md");
        QTest::newRow("empty") << corpusPath("synthetic-empty.md") << QByteArray("empty");
    }

    void badRollCalls()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, mention);
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("actions.json"));
        const Run r = run({ QStringLiteral("--roll-call"), file, QStringLiteral("--dump-model"),
            QStringLiteral("--export-actions"), exported });
        verifyRefusal(r, file, mention);
        QCOMPARE(entries(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
