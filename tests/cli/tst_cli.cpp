// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RunProgram.h"
#include "import/DocumentLoader.h"
#include "io/DocumentJson.h"
#include "model/ActionFilter.h"
#include "ui/export/PdfText.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

/// An ActionFilter as a test column.
struct ActionFilterSpec
{
    ActionFilter filter;
};
Q_DECLARE_METATYPE(ActionFilterSpec)

namespace {

QString data(const char *relative)
{
    return QStringLiteral(RE_TEST_DATA "/") + QLatin1String(relative);
}

/// Runs the program with its stdout going to `output` (a file or a device such as /dev/full).
Run runToFile(const QStringList &arguments, const QString &output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(output);
    process.start(QStringLiteral(RE_EXE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, {},
        process.readAllStandardError() };
}

/// The one line a failure prints.
void verifyOneLine(const Run &r, int status, const QByteArray &mention)
{
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.endsWith('\n'), r.err.constData());
    QVERIFY2(!r.err.chopped(1).contains('\n'), r.err.constData());
    QVERIFY2(r.err.startsWith("resolution-explorer: "), r.err.constData());
    QVERIFY2(r.err.contains(mention), r.err.constData());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = run({ QStringLiteral("--version") });
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("resolution-explorer " RE_VERSION));
    }

    void helpListsEveryOption()
    {
        const Run r = run({ QStringLiteral("--help") });
        QCOMPARE(r.status, 0);
        for (const char *option : { "--dump-model", "--list-entities", "--export-actions",
                 "--entity", "--theme", "--verb", "--section", "--search", "--export-map",
                 "--export-chart", "--chart", "--size", "--dpi", "--roll-call", "--vote",
                 "--procedure", "--refresh", "--export-brief" })
            QVERIFY2(r.out.contains(option), option);
        QVERIFY(r.out.startsWith("Usage: resolution-explorer"));
    }

    void dumpModelIsTheBundledDocument()
    {
        const Run r = run({ QStringLiteral("--dump-model") });
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        QString error;
        const std::optional<Document> dumped = documentFromJson(r.out, &error);
        QVERIFY2(dumped, qPrintable(error));
        Document expected = bundledDocument();
        QCOMPARE(dumped->procedure, expected.procedure);
        QCOMPARE(dumped->actions, expected.actions);
        QCOMPARE(dumped->entities, expected.entities);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(u"format").toString(), QStringLiteral("resolution-explorer/1.3"));
        QCOMPARE(root.value(u"vote").toObject().value(u"for").toInt(), 440);
    }

    void listEntities()
    {
        const Run r = run({ QStringLiteral("--list-entities") });
        QCOMPARE(r.status, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), bundledDocument().entities.size());
        QVERIFY(lines.contains("NOR\tNorway\tcountry\tpriority-partner\t1\t1"));
        // Russia: the "most significant threat" statement and the one carrying it on.
        QVERIFY(lines.contains("RUS\tRussia\tcountry\tthreat\t3\t2"));
        // China is named only in a sentence with no reporting verb: the frame carried on
        // ("Members believe ...") and its "must be reassessed" make it a statement.
        QVERIFY(lines.contains("CHN\tChina\tcountry\tunder-review\t2\t1"));
    }

    void exportActionsFiltered_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<ActionFilterSpec>("filter");
        QTest::addColumn<QString>("mustContain");
        const auto spec = [](QStringList entities, QString verb, QString text) {
            ActionFilterSpec f;
            f.filter.entities = entities;
            f.filter.verb = verb;
            f.filter.text = text;
            return f;
        };
        QTest::newRow("entity by id")
            << QStringList { QStringLiteral("--entity"), QStringLiteral("NOR") }
            << spec({ QStringLiteral("NOR") }, {}, {}) << QStringLiteral("Norway");
        QTest::newRow("entity by name")
            << QStringList { QStringLiteral("--entity"), QStringLiteral("hungary") }
            << spec({ QStringLiteral("HUN") }, {}, {}) << QStringLiteral("Hungarian");
        QTest::newRow("two entities")
            << QStringList { QStringLiteral("--entity"), QStringLiteral("NOR"),
                   QStringLiteral("--entity"), QStringLiteral("Japan") }
            << spec({ QStringLiteral("NOR"), QStringLiteral("JPN") }, {}, {})
            << QStringLiteral("partnerships");
        QTest::newRow("verb") << QStringList { QStringLiteral("--verb"), QStringLiteral("invite") }
                              << spec({}, QStringLiteral("invite"), {})
                              << QStringLiteral("invited");
        QTest::newRow("search") << QStringList { QStringLiteral("--search"),
            QStringLiteral("maritime") }
                                << spec({}, {}, QStringLiteral("maritime"))
                                << QStringLiteral("aritime");
    }

    void exportActionsFiltered()
    {
        QFETCH(QStringList, arguments);
        QFETCH(ActionFilterSpec, filter);
        QFETCH(QString, mustContain);
        // The command line must show exactly what the core's filter accepts.
        const Document doc = bundledDocument();
        int expected = 0;
        for (int i = 0; i < doc.actions.size(); ++i)
            expected += filter.filter.accepts(doc, i) ? 1 : 0;
        QVERIFY(expected >= 1);

        const Run r = run(
            QStringList { QStringLiteral("--export-actions"), QStringLiteral("-") } + arguments);
        QCOMPARE(r.status, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("id,verb,text"));
        QCOMPARE(lines.size(), 1 + expected);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY(QString::fromUtf8(lines.at(i)).contains(mustContain));
    }

    void exportActionsToJsonFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls of the résolution.json"));
        const Run r = run({ QStringLiteral("--export-actions"), path, QStringLiteral("--verb"),
            QStringLiteral("call") });
        QCOMPARE(r.status, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray actions = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(actions.size() >= 5);
        for (const QJsonValue &action : actions) {
            const QJsonArray acts = action.toObject().value(u"acts").toArray();
            QVERIFY(std::any_of(acts.cbegin(), acts.cend(), [](const QJsonValue &act) {
                return act.toObject().value(u"verb").toString() == u"call";
            }));
        }
    }

    void badInputIsOneLineAndStatusTwo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/summary.md");
        QTest::newRow("folder") << QStringLiteral(RE_TEST_DATA);
        QTest::newRow("truncated json") << data("cli/synthetic-truncated.json");
        QTest::newRow("binary renamed .md") << data("cli/synthetic-binary.md");
        QTest::newRow("OEIL procedure file")
            << data("import/real/oeil-procedure-file_2021-2540-rsp.html");
    }

    void badInputIsOneLineAndStatusTwo()
    {
        QFETCH(QString, file);
        const Run r = run({ QStringLiteral("--dump-model"), file });
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.contains('\n'), err.constData());
        const QByteArray prefix = QByteArray("resolution-explorer: ") + file.toLocal8Bit() + ": ";
        QVERIFY2(err.startsWith(prefix), err.constData());
    }

    void procedureFileSaysWhereItsSummaryIs()
    {
        const Run r = run({ QStringLiteral("--dump-model"),
            data("import/real/oeil-procedure-file_2021-2540-rsp.html") });
        QCOMPARE(r.status, 2);
        QVERIFY2(
            r.err.contains("procedure file of 2021/2540(RSP), not a summary"), r.err.constData());
        QVERIFY2(r.err.contains("document-summary?id=1651118"), r.err.constData());
        const Run earlier = run({ QStringLiteral("--list-entities"),
            data("import/real/oeil-procedure-file_2020-2042-ini.html") });
        QCOMPARE(earlier.status, 2);
        QVERIFY2(earlier.err.contains("only of an earlier stage"), earlier.err.constData());
        QVERIFY2(earlier.err.contains("document-summary?id=1657301"), earlier.err.constData());
    }

    void notASummaryOpensWithANote()
    {
        // It opens (the jobs run), with one line on stderr that says why it may be no summary.
        const Run r = run(
            { QStringLiteral("--list-entities"), data("import/synthetic-not-a-summary.txt") });
        QCOMPARE(r.status, 0);
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.contains('\n'), err.constData());
        QVERIFY2(err.contains(": note: nothing in it reads like an OEIL summary"), err.constData());
        // A real summary gets no note.
        const Run real = run({ QStringLiteral("--list-entities"),
            data("import/real/oeil-document-summary_1651118.html") });
        QCOMPARE(real.status, 0);
        QVERIFY2(real.err.isEmpty(), real.err.constData());
    }

    void usageErrorsAreStatusOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
        QTest::newRow("filter without export")
            << QStringList { QStringLiteral("--entity"), QStringLiteral("NOR") };
        QTest::newRow("unknown entity") << QStringList { QStringLiteral("--export-actions"),
            QStringLiteral("-"), QStringLiteral("--entity"), QStringLiteral("Narnia") };
        QTest::newRow("bad verb") << QStringList { QStringLiteral("--export-actions"),
            QStringLiteral("-"), QStringLiteral("--verb"), QStringLiteral("sing") };
        QTest::newRow("bad size") << QStringList { QStringLiteral("--export-chart"),
            QStringLiteral("x.png"), QStringLiteral("--size"), QStringLiteral("big") };
        QTest::newRow("map mode without map")
            << QStringList { QStringLiteral("--map-mode"), QStringLiteral("vote") };
        QTest::newRow("unknown map mode") << QStringList { QStringLiteral("--export-map"),
            QStringLiteral("x.png"), QStringLiteral("--map-mode"), QStringLiteral("seats") };
        QTest::newRow("brief not a pdf") << QStringList { u"--export-brief"_s, u"brief.png"_s };
    }

    void usageErrorsAreStatusOne()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.status, 1);
        QVERIFY(!r.err.isEmpty());
    }

    /// --lang and the system locale translate the command line's own words: --help, usage
    /// errors, and the one-line errors of the jobs and exports, whose strings lupdate once
    /// filed under the wrong context (they stayed English).
    void messagesFollowTheLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); ///< in stdout when status is 0, else in stderr

        const QString nbsp(QChar(0x00a0));
        QTest::newRow("help, --lang fr")
            << QStringList { u"--lang"_s, u"fr"_s, u"--help"_s } << QStringList() << 0
            << u"Afficher cette aide et quitter."_s;
        QTest::newRow("help, --lang de")
            << QStringList { u"--lang=de"_s, u"--help"_s } << QStringList() << 0
            << u"Diese Hilfe ausgeben und beenden."_s;
        QTest::newRow("help, system locale fr")
            << QStringList { u"--help"_s }
            << QStringList { u"LC_ALL=fr_FR.UTF-8"_s, u"LANGUAGE="_s } << 0
            << u"Afficher cette aide et quitter."_s;
        QTest::newRow("help, system locale en")
            << QStringList { u"--help"_s } << QStringList { u"LC_ALL=C.UTF-8"_s, u"LANGUAGE="_s }
            << 0 << u"Print this help and exit."_s;
        QTest::newRow("usage error, --lang fr")
            << QStringList { u"--lang"_s, u"fr"_s, u"--export-chart"_s, u"x.png"_s, u"--size"_s,
                   u"big"_s }
            << QStringList() << 1
            << u"resolution-explorer: --size attend LARGEURxHAUTEUR en pixels"_s;
        QTest::newRow("unknown option, --lang fr")
            << QStringList { u"--lang"_s, u"fr"_s, u"--frobnicate"_s } << QStringList() << 1
            << u"Essayez \u00ab"_s + nbsp + u"resolution-explorer --help"_s + nbsp + u"\u00bb."_s;
        QTest::newRow("job error, --lang de")
            << QStringList { u"--lang"_s, u"de"_s, u"--export-actions"_s, u"-"_s, u"--entity"_s,
                   u"Narnia"_s }
            << QStringList() << 1
            << u"resolution-explorer: --entity Narnia: das Dokument nennt keine solche Einheit"_s;
        QTest::newRow("job error, system locale de")
            << QStringList { u"--export-actions"_s, u"-"_s, u"--entity"_s, u"Narnia"_s }
            << QStringList { u"LC_ALL=de_DE.UTF-8"_s, u"LANGUAGE="_s } << 1
            << u"das Dokument nennt keine solche Einheit"_s;
        QTest::newRow("export error, --lang fr")
            << QStringList { u"--lang"_s, u"fr"_s, u"--export-map"_s, u"x.bmp"_s } << QStringList()
            << 2
            << u"resolution-explorer: x.bmp: impossible d\u2019exporter x.bmp"_s + nbsp
                + u": le nom du fichier doit se terminer par .png, .svg ou .pdf"_s;
        QTest::newRow("export error, --lang en")
            << QStringList { u"--lang"_s, u"en"_s, u"--export-map"_s, u"x.bmp"_s } << QStringList()
            << 2 << u"resolution-explorer: x.bmp: cannot export x.bmp: the file name must end"_s;
    }

    void messagesFollowTheLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(int, status);
        QFETCH(QString, expected);

        const Run r = run(arguments, environment);
        QCOMPARE(r.status, status);
        const QString text = QString::fromUtf8(status == 0 ? r.out : r.err);
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (status == 2)
            QVERIFY2(!r.err.trimmed().contains('\n'), r.err.constData());
    }

    /// Qt's own options (-platform, -style, -reverse...) are taken by the application, not
    /// refused as unknown; real unknown options are still usage errors.
    void qtOptionsAreAccepted_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("version") << QStringList { u"-platform"_s, u"offscreen"_s, u"-reverse"_s,
            u"--version"_s } << QByteArray("resolution-explorer " RE_VERSION);
        QTest::newRow("help in French") << QStringList { u"-style"_s, u"fusion"_s, u"-platform"_s,
            u"offscreen"_s, u"--lang"_s, u"fr"_s, u"--help"_s }
                                        << QByteArray("Afficher cette aide et quitter.");
        QTest::newRow("text job") << QStringList { u"-platform"_s, u"offscreen"_s,
            u"--list-entities"_s } << QByteArray("NOR\tNorway\tcountry");
        QTest::newRow("text job, no platform named") << QStringList { u"-style"_s, u"fusion"_s,
            u"--list-entities"_s } << QByteArray("NOR\tNorway\tcountry");
    }

    void qtOptionsAreAccepted()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run r = run(arguments);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(expected), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void unknownSingleDashOptionIsStillAnError()
    {
        const Run r = run({ u"-platform"_s, u"offscreen"_s, u"-frobnicate"_s });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith("resolution-explorer: "), r.err.constData());
        QVERIFY2(r.err.contains("Try 'resolution-explorer --help'."), r.err.constData());
    }

    /// Qt's options do not make a window possible without a display.
    void qtOptionsWithoutDisplay()
    {
        const Run r = run({ u"-reverse"_s, u"--lang"_s, u"de"_s });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith("resolution-explorer: kein Bildschirm"), r.err.constData());
        QVERIFY2(!r.err.trimmed().contains('\n'), r.err.constData());
    }

    /// The window itself starts with Qt's options: it is still running, with no usage error,
    /// when the test ends it.
    void windowStartsWithQtOptions()
    {
        QTemporaryDir config; // the window's settings stay out of the user's
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RE_EXE),
            { u"-platform"_s, u"offscreen"_s, u"-style"_s, u"fusion"_s, u"-reverse"_s });
        QVERIFY(process.waitForStarted());
        const bool ended = process.waitForFinished(3000);
        const QByteArray err = process.readAllStandardError();
        process.kill();
        process.waitForFinished();
        QVERIFY2(!ended, err.constData());
        QVERIFY2(!err.contains("resolution-explorer:"), err.constData());
    }

    /// Output that stdout does not take (a full disk here) is an error, not a silent success.
    void stdoutThatCannotBeWrittenIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("dump") << QStringList { u"--dump-model"_s };
        QTest::newRow("listing") << QStringList { u"--list-entities"_s };
        QTest::newRow("actions") << QStringList { u"--export-actions"_s, u"-"_s };
    }

    void stdoutThatCannotBeWrittenIsAnError()
    {
        QFETCH(QStringList, arguments);
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("this system has no /dev/full");
        verifyOneLine(runToFile(arguments, u"/dev/full"_s), 2,
            "cannot write to standard output: No space left on device");
    }

    /// A run whose second job fails replaces nothing, not even the first job's file.
    void outputsAreAllOrNothing()
    {
        QTemporaryDir dir;
        const QString actions = dir.filePath(u"actions.csv"_s);
        QFile old(actions);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old export\n");
        old.close();
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run r = run({ u"--export-actions"_s, actions, u"--export-chart"_s,
            dir.filePath(u"file/chart.png"_s) });
        verifyOneLine(r, 2, "chart.png");
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the old export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList({ u"actions.csv"_s, u"file"_s }));
        // Both succeed: both are written.
        const QString chart = dir.filePath(u"chart.png"_s);
        QCOMPARE(run({ u"--export-actions"_s, actions, u"--export-chart"_s, chart }).status, 0);
        QVERIFY(QFileInfo(chart).size() > 0);
        QFile replaced(actions); // a new file took the old one's name
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        QVERIFY(replaced.readAll().startsWith("id,"));
    }

    /// Names are echoed on one line, their control characters escaped.
    void controlCharactersInNamesAreEscaped()
    {
        const QString name = u"missing\nsecond line\t\x1B[31m.md"_s;
        const Run r = run({ u"--dump-model"_s, name });
        verifyOneLine(r, 2, "missing\\nsecond line\\t\\x1B[31m.md: the file does not exist");
    }

    void emptyFileArgumentIsAUsageError()
    {
        const Run r = run({ u"--dump-model"_s, QString() });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith("resolution-explorer: FILE is empty"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    /// A name that is not UTF-8 (Latin-1 "résumé.md") cannot be opened by a Qt program: it is
    /// refused as such, not reported missing.
    void nonUtf8NameIsRefusedAsSuch()
    {
        QProcess process;
        process.start(u"/bin/sh"_s,
            { u"-c"_s, u"exec \"$0\" \"$(printf 'r\\351sum\\351.md')\""_s,
                QStringLiteral(RE_EXE) });
        QVERIFY(process.waitForFinished(60000));
        const Run r { process.exitCode(), process.readAllStandardOutput(),
            process.readAllStandardError() };
        verifyOneLine(r, 2, "r\\xE9sum\\xE9.md: the name is not valid UTF-8");
    }

    /// An unknown Qt platform is told in our words, not Qt's five-line abort.
    void unknownPlatformIsAUsageError()
    {
        const Run r
            = run({ u"-platform"_s, u"synthetic-nowhere"_s, u"--export-chart"_s, u"x.png"_s });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith("resolution-explorer: -platform synthetic-nowhere: no installed "
                                  "Qt platform plugin"),
            r.err.constData());
        QVERIFY2(r.err.contains("offscreen"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 2); // the sentence and where help is
    }

    /// Tabs and line breaks inside a field are escaped: every entity stays one line of six.
    void listingEscapesTabsAndLineBreaks()
    {
        QFile source(data("io/document-synthetic.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray json = source.readAll();
        json.replace("\"name\": \"Ukraine\"", "\"name\": \"Synthetic\\tname\\nwith \\\\ breaks\"");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"synthetic-tabs.json"_s);
        QFile document(path);
        QVERIFY(document.open(QIODevice::WriteOnly));
        document.write(json);
        document.close();
        const Run r = run({ u"--list-entities"_s, path });
        QCOMPARE(r.status, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        for (const QByteArray &line : lines)
            QCOMPARE(line.count('\t'), 5);
        QVERIFY2(
            r.out.contains("UKR\tSynthetic\\tname\\nwith \\\\ breaks\tcountry"), r.out.constData());
    }

    /// The Parliament's roll-call record of a sitting: the vote with the document's totals is
    /// taken, or the one --vote names; a wrong choice is one line, and --vote needs --roll-call.
    void rollCallRecord()
    {
        QTemporaryDir dir;
        const QString record = data("vote/synthetic-rcv.xml");
        const QString chart = dir.filePath(u"groups.png"_s);
        Run r = run(
            { u"--roll-call"_s, record, u"--export-chart"_s, chart, u"--chart"_s, u"groups"_s });
        QCOMPARE(r.status, 0);
        QVERIFY(QFileInfo(chart).size() > 0);
        r = run({ u"--roll-call"_s, record, u"--vote"_s, u"900002"_s, u"--dump-model"_s });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("\"code\": \"GREEN_EFA\""));
        r = run({ u"--roll-call"_s, record, u"--vote"_s, u"900001"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "vote 900001 of the roll-call record counts 3 votes in favour");
        r = run({ u"--roll-call"_s, record, u"--vote"_s, u"1"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "the record holds no vote 1; its votes: 900001");
        r = run({ u"--vote"_s, u"900002"_s, u"--dump-model"_s });
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("--vote goes with --roll-call."), r.err.constData());
        // The countries chart needs member countries, which a record does not give.
        r = run(
            { u"--roll-call"_s, record, u"--export-chart"_s, chart, u"--chart"_s, u"countries"_s });
        verifyOneLine(r, 2, "no breakdown by country");
    }

    /// HowTheyVote's bulk export (here its unpacked folder): the procedure's main vote, or the
    /// one --vote names.
    void bulkExport()
    {
        const QString folder = data("vote/synthetic-export");
        Run r = run({ u"--roll-call"_s, folder, u"--dump-model"_s });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("\"code\": \"AUT\""));
        QVERIFY(r.out.contains("\"seats\": 720"));
        r = run({ u"--roll-call"_s, folder, u"--vote"_s, u"900010"_s, u"--dump-model"_s });
        verifyOneLine(r, 2, "vote 900010 of the export counts 3 for, 0 against, 0 abstentions");
        // The countries chart is as tall as its 27 rows need, unless --size says otherwise.
        QTemporaryDir dir;
        const QString chart = dir.filePath(u"countries.png"_s);
        r = run(
            { u"--roll-call"_s, folder, u"--export-chart"_s, chart, u"--chart"_s, u"countries"_s });
        QCOMPARE(r.status, 0);
        QCOMPARE(QImage(chart).size(), QSize(1200, 260 + 27 * 30));
        r = run({ u"--roll-call"_s, folder, u"--export-chart"_s, chart, u"--chart"_s,
            u"countries"_s, u"--size"_s, u"1000x700"_s });
        QCOMPARE(QImage(chart).size(), QSize(1000, 700));
    }

    /// An export or listing with no rows says so on stderr; the status stays 0 and the file
    /// is still written (with its header).
    void emptyResultsAreNoted()
    {
        const Run r
            = run({ u"--export-actions"_s, u"-"_s, u"--search"_s, u"synthetic-no-such-words"_s });
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith("id,"));
        QCOMPARE(
            r.err, QByteArray("resolution-explorer: -: note: no action matches these filters\n"));
    }

    void unwritableExportLeavesNothing()
    {
        QTemporaryDir dir;
        // A path whose parent is a regular file cannot be created, even by root.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("file/actions.csv"));
        const Run r = run({ QStringLiteral("--export-actions"), path });
        QCOMPARE(r.status, 2);
        const QByteArray prefix = QByteArray("resolution-explorer: ") + path.toLocal8Bit();
        QVERIFY2(r.err.startsWith(prefix), r.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList { QStringLiteral("file") });
    }

    /// --export-brief takes the filters of --export-actions: Norway's statement, as text.
    void exportBrief()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.pdf"_s);
        const Run r = run({ u"--export-brief"_s, path, u"--entity"_s, u"Norway"_s });
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(isPdf(path));
        QString problem;
        const QString text = pdfPages(pdfText(path, &problem)).join(u' ');
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const Document document = bundledDocument();
        ActionFilter filter;
        filter.entities = { u"NOR"_s };
        const QList<int> norway = filter.acceptedActions(document);
        QVERIFY(!norway.isEmpty());
        for (int i = 0; i < document.actions.size(); ++i) {
            const QString words = firstWords(document.actions.at(i).text, 6);
            QVERIFY2(text.contains(words) == norway.contains(i), qPrintable(words));
        }
        QVERIFY(text.contains(u"Statements naming Norway"_s));
    }

    /// An empty brief is still written, and noted like an empty export; one that cannot be
    /// written is one line, status 2, and no file.
    void exportBriefEmptyAndUnwritable()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty.pdf"_s);
        const Run none = run({ u"--export-brief"_s, empty, u"--search"_s, u"no-such-words"_s });
        QCOMPARE(none.status, 0);
        QCOMPARE(none.err,
            u"resolution-explorer: %1: note: no action matches these filters\n"_s.arg(empty)
                .toLocal8Bit());
        QVERIFY(isPdf(empty));

        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = dir.filePath(u"file/brief.pdf"_s);
        verifyOneLine(run({ u"--export-brief"_s, path }), 2, path.toLocal8Bit());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList({ u"empty.pdf"_s, u"file"_s }));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
