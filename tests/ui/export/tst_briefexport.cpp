// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"
#include "export/BriefExport.h"
#include "import/DocumentLoader.h"
#include "model/ActionFilter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace re::test;
using namespace Qt::StringLiterals;

class TestBriefExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_document = bundledDocument();
        QCOMPARE(m_document.procedure.reference, u"2025/2119(INI)"_s);
        QVERIFY(m_document.actions.size() > 10);
    }

    void describesTheFilterInWords_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QString() << u"All statements"_s;
        QTest::newRow("entity") << u"entity=NOR"_s << u"Statements naming Norway"_s;
        QTest::newRow("entity and kind")
            << u"entity=NOR&kind=call"_s << u"Statements naming Norway, of the kind Call"_s;
        QTest::newRow("two entities")
            << u"entity=NOR&entity=CAN"_s << u"Statements naming Norway or Canada"_s;
        QTest::newRow("text") << u"text=drones"_s << u"Statements containing “drones”"_s;
        QTest::newRow("section") << u"section=s1"_s
                                 << u"Statements in the section “European safety environment”"_s;
    }

    void describesTheFilterInWords()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        QString error;
        const std::optional<ActionFilter> parsed = ActionFilter::fromText(filter, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(briefFilterDescription(m_document, *parsed), expected);
    }

    /// The whole resolution: every statement, the title, reference, totals, page numbers, and
    /// the reference heading the pages after the first.
    void unfilteredBrief()
    {
        QList<int> all;
        for (int i = 0; i < m_document.actions.size(); ++i)
            all.append(i);
        const QString path = m_dir.filePath(u"all.pdf"_s);
        QString error;
        QVERIFY2(exportBrief(path, m_document, all, {}, &error), qPrintable(error));
        QVERIFY(isPdf(path));
        QString problem;
        const QString text = pdfText(path, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList pages = pdfPages(text);
        QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
        const QString whole = pages.join(u' ');

        QVERIFY(pages.first().contains(m_document.procedure.title));
        QVERIFY(pages.first().contains(u"2025/2119(INI)"_s));
        QVERIFY(pages.first().contains(m_document.procedure.stage));
        QVERIFY(pages.first().contains(u"All 28 statements of the resolution."_s));
        // The totals in words and on the chart.
        QVERIFY(pages.first().contains(u"440 for, 119 against, 85"_s));
        QVERIFY(pages.first().contains(u"For: 440"_s));
        QVERIFY(pages.first().contains(u"Against: 119"_s));
        QVERIFY(pages.first().contains(u"Abstentions: 85"_s));
        for (const Action &action : std::as_const(m_document.actions)) {
            const QString words = firstWords(action.text, 4);
            QVERIFY2(whole.contains(words), qPrintable(action.id + u": "_s + words));
        }
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QString number = u"Page %1 of %2"_s.arg(page + 1).arg(pages.size());
            QVERIFY2(pages.at(page).contains(number), qPrintable(number));
            // The running header: only after the first page, at the top.
            QCOMPARE(pages.at(page).startsWith(u"2025/2119(INI) · "_s), page > 0);
        }
        QVERIFY(pages.last().contains(u"Source: European Parliament, Legislative Observatory "
                                      "(OEIL), summary of procedure 2025/2119(INI)"_s));
        // The bundled resolution has totals only: no breakdown is told.
        QVERIFY(!whole.contains(u"Roll-call data"_s));
        // Plain letters, no ligature a search would miss.
        QVERIFY(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB00)));
        QCOMPARE(pageCountOf(path), pages.size());
    }

    /// Norway: its one statement, under its section, and no other statement.
    void entityFilter()
    {
        QString error;
        const std::optional<ActionFilter> filter = ActionFilter::fromText(u"entity=NOR"_s, &error);
        QVERIFY(filter);
        const QList<int> rows = filter->acceptedActions(m_document);
        QVERIFY(!rows.isEmpty());
        BriefOptions options;
        options.filter = *filter;
        const QString path = m_dir.filePath(u"norway.pdf"_s);
        QVERIFY2(exportBrief(path, m_document, rows, options, &error), qPrintable(error));
        QString problem;
        const QString whole = pdfPages(pdfText(path, &problem)).join(u' ');
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(whole.contains(u"Statements naming Norway"_s));
        QVERIFY(whole.contains(u"%1 of the resolution's %2 statements."_s.arg(rows.size())
                                   .arg(m_document.actions.size())));
        for (int i = 0; i < m_document.actions.size(); ++i) {
            const Action &action = m_document.actions.at(i);
            const QString words = firstWords(action.text, 6);
            QVERIFY2(whole.contains(words) == rows.contains(i), qPrintable(action.id));
            if (rows.contains(i)) {
                const QString section = m_document.sections.at(action.section).title;
                QVERIFY2(whole.contains(section), qPrintable(section));
                QVERIFY(
                    whole.contains(verbKindLabel(action.verb) + u' ' + firstWords(action.text, 2)));
            }
        }
    }

    /// A filter that leaves nothing: the brief is still made, and says so.
    void noStatement()
    {
        ActionFilter filter;
        filter.text = u"no such words anywhere"_s;
        BriefOptions options;
        options.filter = filter;
        const QString path = m_dir.filePath(u"none.pdf"_s);
        QString error;
        QVERIFY2(exportBrief(path, m_document, {}, options, &error), qPrintable(error));
        QString problem;
        const QString whole = pdfPages(pdfText(path, &problem)).join(u' ');
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(whole.contains(u"Statements containing “no such words anywhere”"_s));
        QVERIFY(whole.contains(u"None of the resolution's 28 statements matches this filter."_s));
        QVERIFY(!whole.contains(firstWords(m_document.actions.first().text, 5)));
    }

    /// One entity named only outside statements: the brief says why there are none.
    void noStatementExplained()
    {
        // Norway's statement taken out: Norway is then named in a sentence that is none.
        Document document = bundledDocument();
        document.actions.removeIf([&document](const Action &action) {
            return document.involvedEntities(action).contains(u"NOR"_s);
        });
        document.buildLookup();
        BriefOptions options;
        options.filter.entities = { u"NOR"_s };
        QVERIFY(options.filter.acceptedActions(document).isEmpty());
        const QString why = options.filter.whyNoAction(document);
        QVERIFY2(why.startsWith(u"Norway is named"_s), qPrintable(why));
        const QString path = m_dir.filePath(u"explained.pdf"_s);
        QString error;
        QVERIFY2(exportBrief(path, document, {}, options, &error), qPrintable(error));
        QString problem;
        const QString whole = pdfPages(pdfText(path, &problem)).join(u' ');
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(whole.contains(why), qPrintable(whole));
    }

    void refusesWhatItCannotWrite()
    {
        QString error;
        QVERIFY(!briefFile(m_dir.filePath(u"brief.png"_s), m_document, {}, {}, &error));
        QVERIFY2(error.contains(u".pdf"_s), qPrintable(error));

        const QString unwritable = m_dir.filePath(u"no/such/folder/brief.pdf"_s);
        error.clear();
        QVERIFY(!exportBrief(unwritable, m_document, { 0 }, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u'\n'));
        QVERIFY(!QFile::exists(unwritable));
    }

private:
    /// pdfinfo's count of pages, -1 when it cannot say.
    static int pageCountOf(const QString &path)
    {
        const QString exe = QStandardPaths::findExecutable(u"pdfinfo"_s);
        if (exe.isEmpty())
            return -1;
        QProcess process;
        process.start(exe, { path });
        if (!process.waitForFinished(60000))
            return -1;
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Pages:"))
                return line.mid(6).trimmed().toInt();
        }
        return -1;
    }

    QTemporaryDir m_dir;
    Document m_document;
};

QTEST_MAIN(TestBriefExport)
#include "tst_briefexport.moc"
