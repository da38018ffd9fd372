// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/ProcedureFile.h"

#include <QFile>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace re {

/// What QCOMPARE prints for a rapporteur or a key event that differs.
char *toString(const Rapporteur &rapporteur)
{
    return QTest::toString(rapporteur.name + u" ("_s + rapporteur.group + u')');
}

char *toString(const KeyEvent &event)
{
    return QTest::toString(QStringList {
        event.date.toString(u"dd/MM/yyyy"_s), event.event, event.reference, event.summaryId }
                               .join(u" | "_s));
}

} // namespace re

namespace {

const QString kReal = QStringLiteral(RE_TEST_DATA "/import/real/");

QByteArray contents(const QString &name)
{
    QFile file(kReal + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

KeyEvent keyEvent(const QString &date, const QString &text, const QString &reference = {},
    const QString &summaryId = {})
{
    return { QDate::fromString(date, u"dd/MM/yyyy"_s), text, reference, summaryId };
}

/// A procedure file with only a reference and a "Key players" table whose committee
/// responsible has the given rows (the site's markup, trimmed).
QByteArray keyPlayersPage(const QByteArray &rows)
{
    return "<!DOCTYPE html><html><body><h2 class=\"es_title-h1 mb-3\">2022/2201(INI)</h2>"
           "<h2 class=\"es_title-h2 mb-3\">Synthetic report</h2>"
           "<table><thead><tr><th scope=\"col\">Committee responsible</th>"
           "<th scope=\"col\">Rapporteur</th><th scope=\"col\">Appointed</th></tr></thead><tbody>"
        + rows + "</tbody></table></body></html>";
}

QByteArray committeeCell()
{
    return "<th scope=\"row\"><div><span class=\"es_badge\">AFET</span><div>"
           "<a href=\"x\"><span>Foreign Affairs</span></a></div></div></th>";
}

QByteArray rapporteurLink(const QByteArray &text)
{
    return "<a class=\"rapporteur mb-25\" href=\"x\"><span>" + text + "</span></a>";
}

QByteArray shadowButton()
{
    return "<button class=\"btn\" type=\"button\" data-toggle=\"collapse\" "
           "data-target=\"#collapseShadowRapporteur\">Shadow rapporteur</button>";
}

} // namespace

class TestProcedureFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// 2021/2540(RSP): a resolution on a statement, no key players, its decision summarised.
    void myanmarResolution()
    {
        QString error;
        const auto file
            = parseProcedureFile(contents(u"oeil-procedure-file_2021-2540-rsp.html"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->reference, u"2021/2540(RSP)"_s);
        QCOMPARE(file->title, u"Resolution on the situation in Myanmar"_s);
        QCOMPARE(file->committee, QString());
        QVERIFY(file->rapporteurs.isEmpty());
        QCOMPARE(file->stage, u"Procedure completed"_s);
        const QList<KeyEvent> events {
            keyEvent(u"09/02/2021"_s, u"Debate in Parliament"_s),
            keyEvent(u"11/02/2021"_s, u"Decision by Parliament"_s, u"T9-0054/2021"_s, u"1651118"_s),
            keyEvent(u"11/02/2021"_s, u"End of procedure in Parliament"_s),
        };
        QCOMPARE(file->events, events);
        QCOMPARE(file->decisionSummaryId(), u"1651118"_s);
        QVERIFY(file->latestSummary());
        QCOMPARE(*file->latestSummary(), events.at(1));
    }

    /// 2020/2042(INI): rejected in plenary, so its decision has no summary; only the committee
    /// report has. Committees for opinion and shadow rapporteurs are not key players read.
    void climateReport()
    {
        QString error;
        const auto file
            = parseProcedureFile(contents(u"oeil-procedure-file_2020-2042-ini.html"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->reference, u"2020/2042(INI)"_s);
        QCOMPARE(file->title,
            u"The impacts of climate change on vulnerable populations in developing countries"_s);
        QCOMPARE(file->committee, u"DEVE Development"_s);
        const QList<Rapporteur> rapporteurs { { u"GONZÁLEZ Mónica Silvana"_s, u"S&D"_s } };
        QCOMPARE(file->rapporteurs, rapporteurs);
        QCOMPARE(file->stage, u"Procedure rejected"_s);
        const QList<KeyEvent> events {
            keyEvent(u"16/04/2020"_s, u"Committee referral announced in Parliament"_s),
            keyEvent(u"25/02/2021"_s, u"Vote in committee"_s),
            keyEvent(u"07/04/2021"_s, u"Committee report tabled for plenary"_s, u"A9-0115/2021"_s,
                u"1657301"_s),
            keyEvent(u"17/05/2021"_s, u"Debate in Parliament"_s),
            keyEvent(u"19/05/2021"_s, u"Decision by Parliament"_s),
        };
        QCOMPARE(file->events, events);
        QCOMPARE(file->decisionSummaryId(), QString());
        const KeyEvent *latest = file->latestSummary();
        QVERIFY(latest);
        QCOMPARE(latest->event, u"Committee report tabled for plenary"_s);
        QCOMPARE(latest->date, QDate(2021, 4, 7));
        QCOMPARE(latest->summaryId, u"1657301"_s);
        QCOMPARE(latest->reference, u"A9-0115/2021"_s);
    }

    /// 2022/2201(INI): one rapporteur, five shadows; a vote-results row links only an icon.
    void kosovoReport()
    {
        QString error;
        const auto file
            = parseProcedureFile(contents(u"oeil-procedure-file_2022-2201-ini.html"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->reference, u"2022/2201(INI)"_s);
        QCOMPARE(file->title, u"2022 Commission Report on Kosovo"_s);
        QCOMPARE(file->committee, u"AFET Foreign Affairs"_s);
        const QList<Rapporteur> rapporteurs { { u"VON CRAMON-TAUBADEL Viola"_s, u"Greens/EFA"_s } };
        QCOMPARE(file->rapporteurs, rapporteurs);
        QCOMPARE(file->stage, u"Procedure completed"_s);
        const QList<KeyEvent> events {
            keyEvent(u"19/01/2023"_s, u"Committee referral announced in Parliament"_s),
            keyEvent(u"26/04/2023"_s, u"Vote in committee"_s),
            keyEvent(u"03/05/2023"_s, u"Committee report tabled for plenary"_s, u"A9-0174/2023"_s),
            keyEvent(u"09/05/2023"_s, u"Debate in Parliament"_s),
            keyEvent(u"10/05/2023"_s, u"Decision by Parliament"_s, u"T9-0193/2023"_s, u"1744270"_s),
            keyEvent(u"10/05/2023"_s, u"Results of vote in Parliament"_s),
        };
        QCOMPARE(file->events, events);
        QCOMPARE(file->decisionSummaryId(), u"1744270"_s);
        QVERIFY(file->latestSummary());
        QCOMPARE(*file->latestSummary(), events.at(4));
    }

    void notProcedureFiles_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("error");
        const QString notPage = u"The page is not a Legislative Observatory procedure file."_s;
        QTest::newRow("empty") << QByteArray() << notPage;
        QTest::newRow("blank") << QByteArray(" \n\t ") << notPage;
        QTest::newRow("bot check")
            << QByteArray("<html><body><h1>Please enable JavaScript</h1></body></html>") << notPage;
        QTest::newRow("plain text") << QByteArray("2021/2540(RSP) Key events") << notPage;
        QTest::newRow("a heading that is no reference")
            << QByteArray("<html><body><h2 class=\"es_title-h1 mb-3\">Search results</h2>"
                          "<h2 class=\"es_title-h2 mb-3\">Myanmar</h2></body></html>")
            << notPage;
        QTest::newRow("a document summary")
            << contents(u"oeil-document-summary_1651118.html"_s) << notPage;
        QTest::newRow("nested too deeply")
            << (QByteArray("<html><body>") + QByteArray("<div>").repeated(100'000))
            << u"The page is nested too deeply to be a Legislative Observatory procedure file."_s;
    }

    /// Anything but a procedure file gives nullopt and one sentence saying so.
    void notProcedureFiles()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, error);
        QString problem;
        QVERIFY(!parseProcedureFile(html, &problem));
        QCOMPARE(problem, error);
        QVERIFY(!parseProcedureFile(html, nullptr));
    }

    void shadowRapporteursNeverListed_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QList<Rapporteur>>("rapporteurs");
        QTest::addColumn<QStringList>("others");

        QTest::newRow("2020/2042(INI)")
            << contents(u"oeil-procedure-file_2020-2042-ini.html"_s)
            << QList<Rapporteur> { { u"GONZÁLEZ Mónica Silvana"_s, u"S&D"_s } }
            << QStringList { u"FITZGERALD Frances"_s, u"CHABAUD Catherine"_s, u"KEMPA Beata"_s,
                   u"BILDE Dominique"_s, u"URBÁN CRESPO Miguel"_s, // shadows
                   u"WALLACE Mick"_s, u"BRICMONT Saskia"_s, u"KUHNKE Alice"_s }; // for opinion
        QTest::newRow("2022/2201(INI)")
            << contents(u"oeil-procedure-file_2022-2201-ini.html"_s)
            << QList<Rapporteur> { { u"VON CRAMON-TAUBADEL Viola"_s, u"Greens/EFA"_s } }
            << QStringList { u"MANDL Lukas"_s, u"SCHIEDER Andreas"_s, u"KYUCHYUK Ilhan"_s,
                   u"DZHAMBAZKI Angel"_s, u"PINEDA Manu"_s };

        const QList<Rapporteur> one { { u"RAPPORTEUR Ann"_s, u"EPP"_s } };
        const QStringList shadows { u"SHADOW Sam"_s, u"SHADOW Kim"_s };
        const QByteArray rapporteur = rapporteurLink("RAPPORTEUR Ann (EPP)");
        const QByteArray shadowLinks
            = rapporteurLink("SHADOW Sam (S&amp;D)") + rapporteurLink("SHADOW Kim (Renew)");
        const QByteArray shadowBlock
            = "<div class=\"collapse\" id=\"collapseShadowRapporteur\">" + shadowLinks + "</div>";
        const QByteArray mainRow = "<tr>" + committeeCell() + "<td>" + rapporteur;
        const QByteArray rowEnd = "</td><td>01/01/2023</td></tr>";

        const QByteArray ownRow = mainRow + rowEnd + "<tr><th scope=\"row\"></th><td>"
            + shadowButton() + shadowBlock + "</td><td></td></tr>";
        QTest::newRow("in a row of their own, as the site writes them")
            << keyPlayersPage(ownRow) << one << shadows;
        const QByteArray sameCell = mainRow + shadowButton() + shadowBlock + rowEnd;
        QTest::newRow("in the rapporteur's cell") << keyPlayersPage(sameCell) << one << shadows;
        const QByteArray noButton = mainRow + shadowBlock + rowEnd;
        QTest::newRow("their block without its button")
            << keyPlayersPage(noButton) << one << shadows;
        const QByteArray otherBlock = mainRow + shadowButton()
            + "<div class=\"collapse\" id=\"more\">" + shadowLinks + "</div>" + rowEnd;
        QTest::newRow("after their button, in a block named otherwise")
            << keyPlayersPage(otherBlock) << one << shadows;
    }

    /// Shadow rapporteurs (and rapporteurs for opinion) are never taken for the rapporteur.
    void shadowRapporteursNeverListed()
    {
        QFETCH(QByteArray, html);
        QFETCH(QList<Rapporteur>, rapporteurs);
        QFETCH(QStringList, others);
        QString error;
        const auto file = parseProcedureFile(html, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!file->committee.isEmpty());
        QCOMPARE(file->rapporteurs, rapporteurs);
        for (const Rapporteur &rapporteur : std::as_const(file->rapporteurs))
            QVERIFY2(!others.contains(rapporteur.name), qPrintable(rapporteur.name));
    }
};

QTEST_GUILESS_MAIN(TestProcedureFile)
#include "tst_procedurefile.moc"
