// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/SummaryReaders.h"
#include "import/VoteSentence.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using re::SummaryBlock;
using re::SummaryBlocks;
using re::TextSpan;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testData(const QString &name)
{
    return QStringLiteral(RE_TEST_DATA "/import/") + name;
}

/// "H1 Heading" / "P text" lines, one per block, for compact structure checks.
QStringList outline(const SummaryBlocks &summary)
{
    QStringList lines;
    for (const SummaryBlock &block : summary.blocks) {
        const QString kind = block.kind == SummaryBlock::Kind::Heading
            ? u"H"_s + QString::number(block.level)
            : u"P"_s;
        lines.append(kind + u' ' + block.text);
    }
    return lines;
}

QStringList emphasised(const SummaryBlock &block)
{
    QStringList runs;
    for (const TextSpan &span : block.emphasis)
        runs.append(block.text.mid(span.start, span.length));
    return runs;
}

enum class Form { Markdown, PlainText, Html };

std::optional<SummaryBlocks> readForm(Form form, const QByteArray &data, QString *error)
{
    switch (form) {
    case Form::Markdown:
        return re::readMarkdownSummary(QString::fromUtf8(data), error);
    case Form::PlainText:
        return re::readPlainTextSummary(QString::fromUtf8(data), error);
    case Form::Html:
        return re::readHtmlSummary(data, error);
    }
    return std::nullopt;
}

} // namespace

class TestSummaryReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledMarkdown();
    void markdownFixture();
    void markdownCrlf();
    void markdownInline_data();
    void markdownInline();
    void fixtures_data();
    void fixtures();
    void htmlDetails();
    void html_data();
    void html();
    void plainText_data();
    void plainText();
    void errors_data();
    void errors();
};

void TestSummaryReaders::bundledMarkdown()
{
    const QString path = QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md");
    const QString text = QString::fromUtf8(readFile(path));
    QVERIFY2(!text.isEmpty(), qPrintable(path));

    QString error;
    auto summary = re::readMarkdownSummary(text, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->title, u"EU strategic defence and security partnerships"_s);
    QCOMPARE(summary->reference, u"2025/2119(INI)"_s);
    QCOMPARE(summary->date, QDate(2026, 2, 11));
    QCOMPARE(summary->stage, u"Text adopted by Parliament, single reading"_s);

    // Before normalising, the page-break split is still there: 16 paragraphs.
    const auto countParagraphs = [](const SummaryBlocks &s) {
        return std::count_if(s.blocks.cbegin(), s.blocks.cend(),
            [](const SummaryBlock &b) { return b.kind == SummaryBlock::Kind::Paragraph; });
    };
    QCOMPARE(countParagraphs(*summary), 16);

    // Every block's offset points at its first character in the input.
    for (const SummaryBlock &block : std::as_const(summary->blocks)) {
        QVERIFY(block.sourceOffset >= 0);
        const QStringView at = QStringView(text).mid(block.sourceOffset);
        if (block.kind == SummaryBlock::Kind::Heading)
            QVERIFY(at.startsWith(u"##"));
        else
            QVERIFY2(at.startsWith(block.text.first(4)), qPrintable(block.text));
    }

    re::normaliseBlocks(*summary);
    QStringList kinds;
    for (const SummaryBlock &block : std::as_const(summary->blocks)) {
        kinds.append(block.kind == SummaryBlock::Kind::Heading
                ? u"H"_s + QString::number(block.level)
                : u"P"_s);
    }
    const QStringList expected {
        u"P"_s, // the vote sentence
        u"H1"_s, u"P"_s, u"P"_s, u"P"_s, // European safety environment
        u"H1"_s, u"P"_s, u"P"_s, u"P"_s, // EU-NATO
        u"H1"_s, u"P"_s, u"P"_s, // EU partnerships
        u"H2"_s, u"P"_s, u"P"_s, // United Nations
        u"H2"_s, u"P"_s, u"P"_s, u"P"_s, u"P"_s, // key areas
    };
    QCOMPARE(kinds, expected);
    QCOMPARE(countParagraphs(*summary), 15);

    const auto &blocks = summary->blocks;
    QCOMPARE(blocks[1].text, u"European safety environment"_s);
    QCOMPARE(blocks[5].text, u"Criticality of the EU-NATO strategic partnership"_s);
    QCOMPARE(blocks[9].text, u"The need for EU partnerships in security and defence"_s);
    QCOMPARE(
        blocks[12].text, u"Partnership with the United Nations, various modes of cooperation"_s);
    QCOMPARE(blocks[15].text, u"Strengthening key areas of collaboration"_s);

    // The vote sentence comes first and parses.
    const auto vote = re::parseVoteSentence(blocks[0].text);
    QVERIFY(vote.has_value());
    QCOMPARE(vote->votesFor, 440);
    QCOMPARE(vote->against, 119);
    QCOMPARE(vote->abstentions, 85);

    // "**Russia** 's" becomes "Russia's" with "Russia" emphasised.
    QVERIFY(blocks[3].text.startsWith(u"Members believe that Russia's neo-imperial"_s));
    QCOMPARE(
        emphasised(blocks[3]), (QStringList { u"Russia"_s, u"the most significant threat"_s }));
    QVERIFY(!blocks[3].text.contains(u'*'));

    // The page-break split is joined with one space, emphasis of both parts kept.
    const SummaryBlock &joined = blocks[10];
    QVERIFY(joined.text.contains(u"which are NATO allies and crucial EU defence partners. "
                                 "Stressing that"_s));
    QCOMPARE(emphasised(joined),
        (QStringList { u"Norway, the United Kingdom, and Canada"_s, u"United States"_s }));
    QCOMPARE(emphasised(blocks[2]),
        QStringList { u"security and defence partnerships are essential"_s });
    QVERIFY(blocks.back().text.endsWith(u"in fostering defence cooperation."_s));
    for (const SummaryBlock &block : blocks)
        QVERIFY2(!block.text.contains(u'*') && !block.text.contains(u'\n'), qPrintable(block.text));
}

void TestSummaryReaders::markdownFixture()
{
    const QString text = QString::fromUtf8(readFile(testData(u"synthetic-summary.md"_s)));
    QString error;
    auto summary = re::readMarkdownSummary(text, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    // Before normalising: the split paragraph is two blocks, the inline heading one paragraph.
    QCOMPARE(summary->blocks.size(), 11);
    QCOMPARE(summary->blocks[3].text,
        u"Continuing the synthetic story : noting that this paragraph carries an inline "
        "heading."_s);
    QCOMPARE(summary->blocks[5].sourceOffset, text.indexOf(u"The first part"_s));
    QCOMPARE(summary->blocks[6].sourceOffset, text.indexOf(u"second part"_s));
    QCOMPARE(summary->blocks[7].sourceOffset, text.indexOf(u"- A dash"_s));
    re::normaliseBlocks(*summary);
    QCOMPARE(emphasised(summary->blocks[2]), (QStringList { u"Utopia"_s, u"central"_s }));
}

void TestSummaryReaders::markdownCrlf()
{
    const QString text = QString::fromUtf8(readFile(testData(u"synthetic-crlf.md"_s)));
    QVERIFY(text.contains(u"\r\n"_s));
    QString error;
    auto summary = re::readMarkdownSummary(text, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->title, u"Synthetic CRLF summary"_s);
    QCOMPARE(summary->reference, u"2099/0002(COD)"_s);
    QCOMPARE(summary->date, QDate(2099, 6, 5));
    QCOMPARE(summary->stage, u"Legislative proposal published"_s);
    QCOMPARE(outline(*summary),
        (QStringList { u"P First line of a paragraph wrapped with CRLF."_s, u"H1 Heading"_s,
            u"P Second bold paragraph."_s }));
    QCOMPARE(emphasised(summary->blocks[2]), QStringList { u"bold"_s });
    for (const SummaryBlock &block : std::as_const(summary->blocks))
        QVERIFY(!block.text.contains(u'\r'));
    QCOMPARE(summary->blocks[0].sourceOffset, text.indexOf(u"First line"_s));
    QCOMPARE(summary->blocks[1].sourceOffset, text.indexOf(u"## *Heading*"_s));
}

void TestSummaryReaders::markdownInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("bold");

    QTest::newRow("bold") << u"A **bold** word."_s << u"A bold word."_s
                          << QStringList { u"bold"_s };
    QTest::newRow("underscore bold")
        << u"A __bold__ word."_s << u"A bold word."_s << QStringList { u"bold"_s };
    QTest::newRow("possessive artifact")
        << u"**Russia** 's war."_s << u"Russia's war."_s << QStringList { u"Russia"_s };
    QTest::newRow("typographic possessive artifact")
        << u"**Russia** \u2019s war."_s << u"Russia\u2019s war."_s << QStringList { u"Russia"_s };
    QTest::newRow("quote after bold is kept")
        << u"**Term** 'sovereignty' here."_s << u"Term 'sovereignty' here."_s
        << QStringList { u"Term"_s };
    QTest::newRow("bold across a line break")
        << u"The **most\nsignificant** threat."_s << u"The most significant threat."_s
        << QStringList { u"most significant"_s };
    QTest::newRow("italic stripped")
        << u"An *italic* word."_s << u"An italic word."_s << QStringList {};
    QTest::newRow("bold inside italic")
        << u"An *x **y** z* end."_s << u"An x y z end."_s << QStringList { u"y"_s };
    QTest::newRow("lone star kept")
        << u"Footnote * here and 5 * 3."_s << u"Footnote * here and 5 * 3."_s << QStringList {};
    QTest::newRow("snake_case kept")
        << u"A snake_case_name here."_s << u"A snake_case_name here."_s << QStringList {};
    QTest::newRow("unclosed bold kept")
        << u"An **unclosed run."_s << u"An **unclosed run."_s << QStringList {};
    QTest::newRow("escape") << u"Not \\*emphasis\\*."_s << u"Not *emphasis*."_s << QStringList {};
    QTest::newRow("spaces collapsed")
        << u"Many   spaces\tand\u00A0tabs."_s << u"Many spaces and tabs."_s << QStringList {};
    QTest::newRow("two runs") << u"**One** and **two**."_s << u"One and two."_s
                              << QStringList { u"One"_s, u"two"_s };
}

void TestSummaryReaders::markdownInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QStringList, bold);

    QString error;
    const auto summary = re::readMarkdownSummary(u"# T\n\n"_s + markdown + u'\n', &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->blocks.size(), 1);
    QCOMPARE(summary->blocks[0].text, text);
    QCOMPARE(emphasised(summary->blocks[0]), bold);
}

void TestSummaryReaders::fixtures_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("outline"); // after normaliseBlocks()
    QTest::addColumn<bool>("hasVote"); // the first paragraph is a vote sentence

    QTest::newRow("md") << int(Form::Markdown) << u"synthetic-summary.md"_s
                        << u"Synthetic summary for reader tests"_s << u"2099/0001(INI)"_s
                        << QDate(2099, 4, 3) << u"Text adopted by Parliament, single reading"_s
                        << QStringList{
                               u"P The European Parliament adopted by 12 votes to 3, with 1 "
                               "abstention, a synthetic resolution on test data."_s,
                               u"H1 First heading"_s,
                               u"P Members said that Utopia's role is central to the "
                               "synthetic scenario."_s,
                               u"H1 Continuing the synthetic story"_s,
                               u"P noting that this paragraph carries an inline heading."_s,
                               u"H2 Sub-heading one"_s,
                               u"P The first part of a split paragraph ends without a stop "
                               "and the second part starts in lower case."_s,
                               u"P A dash paragraph."_s,
                               u"P Another dash paragraph."_s,
                               u"P (a) a lettered point;"_s,
                               u"P (b) another lettered point."_s,
                           } << true;
    QTest::newRow("md crlf") << int(Form::Markdown) << u"synthetic-crlf.md"_s
                             << u"Synthetic CRLF summary"_s << u"2099/0002(COD)"_s
                             << QDate(2099, 6, 5) << u"Legislative proposal published"_s
                             << QStringList { u"P First line of a paragraph wrapped with CRLF."_s,
                                    u"H1 Heading"_s, u"P Second bold paragraph."_s }
                             << false;
    QTest::newRow("txt") << int(Form::PlainText) << u"synthetic-summary.txt"_s
                         << u"Synthetic plain text summary"_s << u"2099/0003(CNS)"_s
                         << QDate(2099, 11, 13) << u"Legislative proposal published"_s
                         << QStringList{
                                u"P The European Parliament adopted by 667 votes to 1, with 27 "
                                "abstentions, a synthetic legislative resolution."_s,
                                u"H1 Significant presence"_s,
                                u"P The proposal defines a significant presence for synthetic "
                                "test purposes."_s,
                                u"H1 Structure of a BEFIT group"_s,
                                u"P The first part of a split paragraph ends without a stop "
                                "and the second part starts in lower case."_s,
                                u"H1 Continuing the synthetic story"_s,
                                u"P noting that this paragraph carries an inline heading."_s,
                                u"P Members call for:"_s,
                                u"P (a) a lettered point;"_s,
                                u"P (b) another lettered point."_s,
                            } << true;
    QTest::newRow("txt no headings crlf")
        << int(Form::PlainText) << u"synthetic-no-headings.txt"_s
        << u"Synthetic summary without headings"_s << u"2099/0004(INI)"_s << QDate(2099, 2, 1)
        << u"Committee report tabled for plenary"_s
        << QStringList{
               u"P The committee adopted the report."_s,
               u"P The first dash paragraph wrapped on two lines."_s,
               u"P The second dash paragraph."_s,
               u"P The third dash paragraph."_s,
           } << false;
    QTest::newRow("html") << int(Form::Html) << u"synthetic-summary.html"_s
                          << u"Synthetic HTML summary"_s << u"2099/0005(INI)"_s
                          << QDate(2099, 7, 5) << u"Text adopted by Parliament, single reading"_s
                          << QStringList{
                                 u"P The European Parliament adopted by 440 votes to 119, with "
                                 "85 abstentions, a resolution on synthetic partnerships."_s,
                                 u"H1 European safety environment"_s,
                                 u"P Members believe that Utopia\u2019s aspirations and the most "
                                 "significant threat are synthetic."_s,
                                 u"P Bold only is not a heading."_s,
                                 u"H1 Criticality of the synthetic partnership"_s,
                                 u"H1 Nested styled heading"_s,
                                 u"P Bold italic start followed by plain text."_s,
                                 u"P The first part of a split paragraph ends without a stop "
                                 "and the second part starts in lower case."_s,
                                 u"H1 Continuing the synthetic story"_s,
                                 u"P noting that this paragraph carries an inline heading."_s,
                                 u"P (a) a lettered point;"_s,
                                 u"P (b) another lettered point."_s,
                             } << true;
}

void TestSummaryReaders::fixtures()
{
    QFETCH(int, form);
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, reference);
    QFETCH(QDate, date);
    QFETCH(QString, stage);
    QFETCH(QStringList, outline);
    QFETCH(bool, hasVote);

    const QByteArray data = readFile(testData(file));
    QVERIFY2(!data.isEmpty(), qPrintable(file));
    QString error;
    auto summary = readForm(Form(form), data, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->title, title);
    QCOMPARE(summary->reference, reference);
    QCOMPARE(summary->date, date);
    QCOMPARE(summary->stage, stage);
    re::normaliseBlocks(*summary);
    QCOMPARE(::outline(*summary), outline);

    for (const SummaryBlock &block : std::as_const(summary->blocks)) {
        QVERIFY(!block.text.contains(u'\r') && !block.text.contains(u'\n'));
        QVERIFY(!block.text.contains(u"  "_s));
        for (const TextSpan &span : block.emphasis) {
            QVERIFY(span.length > 0 && span.end() <= block.text.size());
            QVERIFY(!block.text[span.start].isSpace() && !block.text[span.end() - 1].isSpace());
        }
        if (Form(form) != Form::Html) {
            QVERIFY(block.sourceOffset >= 0);
            QVERIFY(block.sourceOffset < data.size());
        }
    }
    QCOMPARE(re::parseVoteSentence(summary->blocks.front().text).has_value(), hasVote);
}

void TestSummaryReaders::htmlDetails()
{
    QString error;
    auto summary = re::readHtmlSummary(readFile(testData(u"synthetic-summary.html"_s)), &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    re::normaliseBlocks(*summary);
    const auto &blocks = summary->blocks;
    QVERIFY(blocks.size() > 6);
    // &#146; is decoded per HTML5 as U+2019; inline <b>/<strong> are emphasis spans.
    QVERIFY(blocks[2].text.contains(u"Utopia\u2019s"_s));
    QCOMPARE(emphasised(blocks[2]), (QStringList { u"Utopia"_s, u"the most significant"_s }));
    QCOMPARE(emphasised(blocks[3]), QStringList { u"Bold only"_s });
    QCOMPARE(emphasised(blocks[6]), QStringList { u"Bold italic start"_s });
    QVERIFY(blocks[1].emphasis.isEmpty());
    // Nothing from <script>, <style>, <head>, or paragraphs outside the MsoNormal text.
    for (const SummaryBlock &block : blocks) {
        QVERIFY(!block.text.contains(u"script text"_s));
        QVERIFY(!block.text.contains(u"Injected"_s));
        QVERIFY(!block.text.contains(u"Navigation"_s));
        QVERIFY(!block.text.contains(u"Footer"_s));
        QCOMPARE(block.sourceOffset, qsizetype(-1));
    }
}

void TestSummaryReaders::html_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("outline");

    QTest::newRow("title element when no h1")
        << QByteArray("<html><head><title>Only  a\ntitle</title></head><body>"
                      "<p>Text.</p></body></html>")
        << u"Only a title"_s << QString() << QDate() << QString() << QStringList { u"P Text."_s };
    QTest::newRow("plain p without MsoNormal")
        << QByteArray("<h1>T</h1><p>One.</p><p style='font-weight:bold;font-style:italic'>"
                      "Head</p><p>Two.</p>")
        << u"T"_s << QString() << QDate() << QString()
        << QStringList { u"P One."_s, u"H1 Head"_s, u"P Two."_s };
    QTest::newRow("windows-1252 bytes")
        << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body><h1>T</h1>"
                      "<p>Member States\x92 duty \x96 caf\xe9.</p></body></html>")
        << u"T"_s << QString() << QDate() << QString()
        << QStringList { u"P Member States\u2019 duty \u2013 caf\u00e9."_s };
    QTest::newRow("font shorthand and reset")
        << QByteArray("<h1>T</h1><p style='font: italic bold 12pt Arial'>Head</p>"
                      "<p><b><i>Not <span style='font-weight:normal'>all</span> bold</i></b>"
                      "</p>")
        << u"T"_s << QString() << QDate() << QString()
        << QStringList { u"H1 Head"_s, u"P Not all bold"_s };
    QTest::newRow("date datetime attribute ignored")
        << QByteArray("<h1>T</h1><div>2099/0006(COD)</div><div>Published <time "
                      "datetime='2000-01-01'>09/10/2099</time></div><p>Text.</p>")
        << u"T"_s << u"2099/0006(COD)"_s << QDate(2099, 10, 9) << QString()
        << QStringList { u"P Text."_s };
    QTest::newRow("unclosed li and p are not deep")
        << (QByteArray("<h1>T</h1><ul>") + QByteArray("<li>item").repeated(3000)
               + QByteArray("</ul><p>One.<p>Two."))
        << u"T"_s << QString() << QDate() << QString() << QStringList { u"P One."_s, u"P Two."_s };
    QTest::newRow("header paragraph skipped")
        << QByteArray("<h1>T</h1><p>2099/0007(INI) - 01/01/2099 - Stage name</p><p>Text.</p>")
        << u"T"_s << u"2099/0007(INI)"_s << QDate(2099, 1, 1) << u"Stage name"_s
        << QStringList { u"P Text."_s };
}

void TestSummaryReaders::html()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, reference);
    QFETCH(QDate, date);
    QFETCH(QString, stage);
    QFETCH(QStringList, outline);

    QString error;
    const auto summary = re::readHtmlSummary(html, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->title, title);
    QCOMPARE(summary->reference, reference);
    QCOMPARE(summary->date, date);
    QCOMPARE(summary->stage, stage);
    QCOMPARE(::outline(*summary), outline);
}

void TestSummaryReaders::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("outline");

    QTest::newRow("no header") << u"A plain title\n\nSome text.\n"_s << u"A plain title"_s
                               << QString() << QDate() << QString()
                               << QStringList { u"P Some text."_s };
    QTest::newRow("no title") << u"The first line is a sentence.\n\nAnother.\n"_s << QString()
                              << QString() << QDate() << QString()
                              << QStringList { u"P The first line is a sentence."_s,
                                     u"P Another."_s };
    QTest::newRow("header lines separated by blanks")
        << u"Title\n\n2099/0008(NLE)\n\n02/03/2099\n\nHeading\n\nText.\n"_s << u"Title"_s
        << u"2099/0008(NLE)"_s << QDate(2099, 3, 2) << QString()
        << QStringList { u"H1 Heading"_s, u"P Text."_s };
    QTest::newRow("two title lines")
        << u"A long title\ncontinued\n2099/0009(INI)\n04/05/2099\n\nText.\n"_s
        << u"A long title continued"_s << u"2099/0009(INI)"_s << QDate(2099, 5, 4) << QString()
        << QStringList { u"P Text."_s };
    QTest::newRow("bullet and en dash items")
        << u"T\n\nIntro:\n\u2022 first;\n\u2013 second.\n"_s << u"T"_s << QString() << QDate()
        << QString() << QStringList { u"P Intro:"_s, u"P first;"_s, u"P second."_s };
    QTest::newRow("lettered line inside a sentence stays")
        << u"T\n\nThe text refers to point\n(a) of the annex.\n"_s << u"T"_s << QString() << QDate()
        << QString() << QStringList { u"P The text refers to point (a) of the annex."_s };
    QTest::newRow("truncated last line is a paragraph")
        << u"T\n\nSecurity\n\nParliament stressed the role of NATO.\n\nParliament called on the "
           "Commission to\n"_s
        << u"T"_s << QString() << QDate() << QString()
        << QStringList { u"H1 Security"_s, u"P Parliament stressed the role of NATO."_s,
               u"P Parliament called on the Commission to"_s };
    QTest::newRow("reporting clause is no heading")
        << u"T\n\nMembers welcomed Norway\n\nText.\n"_s << u"T"_s << QString() << QDate()
        << QString() << QStringList { u"P Members welcomed Norway"_s, u"P Text."_s };
    QTest::newRow("byte order mark")
        << u"\uFEFFTitle\n2099/0010(INI) - 06/07/2099\n\nText.\n"_s << u"Title"_s
        << u"2099/0010(INI)"_s << QDate(2099, 7, 6) << QString() << QStringList { u"P Text."_s };
}

void TestSummaryReaders::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, reference);
    QFETCH(QDate, date);
    QFETCH(QString, stage);
    QFETCH(QStringList, outline);

    QString error;
    const auto summary = re::readPlainTextSummary(text, &error);
    QVERIFY2(summary.has_value(), qPrintable(error));
    QCOMPARE(summary->title, title);
    QCOMPARE(summary->reference, reference);
    QCOMPARE(summary->date, date);
    QCOMPARE(summary->stage, stage);
    QCOMPARE(::outline(*summary), outline);
}

void TestSummaryReaders::errors_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));

    const struct
    {
        Form form;
        const char *name;
    } forms[] = { { Form::Markdown, "md" }, { Form::PlainText, "txt" }, { Form::Html, "html" } };
    for (const auto &f : forms) {
        const auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s %s", f.name, what) << int(f.form);
        };
        row("empty") << QByteArray() << u"the file is empty"_s;
        row("blank") << QByteArray("\n \r\n\t\n") << u"the file is empty"_s;
        row("binary") << garbage << u"the file does not look like a summary"_s;
        row("controls") << QByteArray("# T\x01\x02\x03\x04\x05\x06 x\n")
                        << u"the file does not look like a summary"_s;
    }
    for (const auto &f : forms) {
        if (f.form == Form::Html)
            continue;
        QTest::addRow("%s no text", f.name)
            << int(f.form) << QByteArray("2099/0001(INI) - 03/04/2099 - Stage\n")
            << u"no summary text was found"_s;
    }
    QTest::newRow("html no text") << int(Form::Html)
                                  << QByteArray("<html><body><div>x</div></body></html>")
                                  << u"no summary text was found"_s;
    QTest::newRow("html nested too deeply")
        << int(Form::Html) << (QByteArray("<h1>T</h1>") + QByteArray("<div><b>").repeated(50000))
        << u"the page is nested too deeply to be a summary"_s;
    // An end tag of no open element closes nothing, as in a browser.
    QTest::newRow("html nested behind stray end tags")
        << int(Form::Html) << (QByteArray("<h1>T</h1>") + QByteArray("<div></x>").repeated(5000))
        << u"the page is nested too deeply to be a summary"_s;
    QTest::newRow("html only script")
        << int(Form::Html) << QByteArray("<script>var p = '<p>x</p>';</script>")
        << u"no summary text was found"_s;
    QTest::newRow("txt bad date") << int(Form::PlainText)
                                  << QByteArray("T\n2099/0001(INI)\n30/02/2099\n\nP.\n")
                                  << u"the date 30/02/2099 does not exist"_s;
    QTest::newRow("md bad date") << int(Form::Markdown)
                                 << QByteArray("# T\n\n2099/0001(INI) - 31/02/2099 - S\n\nP.\n")
                                 << u"the date 31/02/2099 does not exist"_s;
}

void TestSummaryReaders::errors()
{
    QFETCH(int, form);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    QString message = u"unchanged"_s;
    const auto summary = readForm(Form(form), data, &message);
    QVERIFY(!summary.has_value());
    QCOMPARE(message, error);
    // A null error pointer is allowed.
    QVERIFY(!readForm(Form(form), data, nullptr).has_value());
}

QTEST_GUILESS_MAIN(TestSummaryReaders)
#include "tst_summaryreaders.moc"
