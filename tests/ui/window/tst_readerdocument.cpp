// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "window/ReaderDocument.h"

#include <QApplication>
#include <QFont>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

using namespace re;

namespace {

const Document &bundled()
{
    static const Document document = bundledDocument();
    return document;
}

QString textAt(QTextDocument *document, const TextSpan &span)
{
    QTextCursor cursor(document);
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end()), QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

QTextCharFormat formatAt(QTextDocument *document, qsizetype position)
{
    QTextCursor cursor(document);
    cursor.setPosition(int(position + 1)); // the format of the character before the cursor
    return cursor.charFormat();
}

/// The paragraphs a reader view of the section shows.
QList<int> paragraphsOf(const Document &document, int section)
{
    if (section < 0) {
        QList<int> all;
        for (int i = 0; i < document.paragraphs.size(); ++i)
            all << i;
        return all;
    }
    QList<int> paragraphs;
    for (int s : document.sectionSubtree(section))
        paragraphs << document.sections.at(s).paragraphs;
    return paragraphs;
}

} // namespace

class TestReaderDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!bundled().paragraphs.isEmpty(), "the bundled document has no text");
        QVERIFY(!bundled().actions.isEmpty());
        QVERIFY(!bundled().mentions.isEmpty());
    }

    void section_data()
    {
        QTest::addColumn<QString>("sectionId");
        QTest::newRow("whole resolution") << QString();
        for (const Section &section : bundled().sections)
            QTest::newRow(qPrintable(section.id)) << section.id;
    }

    void section()
    {
        QFETCH(QString, sectionId);
        const Document &doc = bundled();
        const int sectionIndex = doc.sectionIndex(sectionId);
        QTextDocument target;
        const ReaderLayout layout = buildReaderDocument(
            &target, doc, doc.actionCounts(), sectionId, QApplication::palette(), QFont());
        QCOMPARE(layout.sectionId, sectionId);
        const QString plain = target.toPlainText();
        if (sectionIndex >= 0)
            QVERIFY(plain.contains(doc.sections.at(sectionIndex).title));
        else
            QVERIFY(plain.startsWith(doc.procedure.title));

        const QList<int> paragraphs = paragraphsOf(doc, sectionIndex);
        QVERIFY(!paragraphs.isEmpty());
        for (int p : paragraphs)
            QVERIFY2(
                plain.contains(doc.paragraphs.at(p).text), qPrintable(doc.paragraphs.at(p).id));

        // Every action of the section is found at its span, and only those.
        int expectedActions = 0;
        for (const Action &action : doc.actions) {
            if (!paragraphs.contains(action.paragraph)) {
                QVERIFY(!layout.actions.contains(action.id));
                continue;
            }
            ++expectedActions;
            QVERIFY2(layout.actions.contains(action.id), qPrintable(action.id));
            QCOMPARE(textAt(&target, layout.actions.value(action.id)), action.text);
        }
        QCOMPARE(layout.actions.size(), expectedActions);

        // Entity names are links to "entity:<id>"; bold runs of the source are bold.
        for (const Mention &mention : doc.mentions) {
            if (!paragraphs.contains(mention.paragraph))
                continue;
            const auto spans = layout.mentions.values(mention.entity);
            QVERIFY(!spans.isEmpty());
            const QTextCharFormat format = formatAt(&target, spans.first().start);
            QVERIFY(format.isAnchor());
            QCOMPARE(format.anchorHref(), QStringLiteral("entity:") + mention.entity);
        }
        for (int p : paragraphs) {
            const Paragraph &paragraph = doc.paragraphs.at(p);
            for (const TextSpan &bold : paragraph.emphasis) {
                const QString run = paragraph.text.mid(bold.start, bold.length);
                const qsizetype at = plain.indexOf(paragraph.text);
                QVERIFY(at >= 0);
                QVERIFY2(formatAt(&target, at + bold.start).fontWeight() >= QFont::Bold,
                    qPrintable(run));
            }
        }
    }

    /// Bold and links come out right character by character, whatever the order of the spans
    /// (a saved document may list them in any order, and overlapping).
    void formatsFollowUnorderedSpans()
    {
        Document doc;
        Paragraph paragraph;
        paragraph.id = QStringLiteral("p1");
        paragraph.text = QString(200, u'x');
        paragraph.emphasis = { { 50, 20 }, { 10, 5 }, { 55, 40 } };
        doc.paragraphs.append(paragraph);
        doc.mentions = { { QStringLiteral("B"), 0, { 120, 10 } },
            { QStringLiteral("A"), 0, { 30, 8 } }, { QStringLiteral("C"), 0, { 150, 5 } } };
        QTextDocument target;
        buildReaderDocument(&target, doc, {}, QString(), QApplication::palette(), QFont());
        const qsizetype at = target.toPlainText().indexOf(paragraph.text);
        QVERIFY(at >= 0);
        for (qsizetype i = 0; i < paragraph.text.size(); ++i) {
            const QTextCharFormat format = formatAt(&target, at + i);
            const bool bold = std::any_of(paragraph.emphasis.cbegin(), paragraph.emphasis.cend(),
                [i](const TextSpan &span) { return span.contains(i); });
            QCOMPARE(format.fontWeight() >= QFont::Bold, bold);
            QString entity;
            for (const Mention &mention : std::as_const(doc.mentions)) {
                if (mention.span.contains(i))
                    entity = mention.entity;
            }
            QCOMPARE(format.isAnchor(), !entity.isEmpty());
            if (!entity.isEmpty())
                QCOMPARE(format.anchorHref(), QStringLiteral("entity:") + entity);
        }
    }

    void emptyDocument()
    {
        QTextDocument target;
        const ReaderLayout layout = buildReaderDocument(
            &target, Document(), {}, QString(), QApplication::palette(), QFont());
        QVERIFY(layout.actions.isEmpty());
        QVERIFY(!target.toPlainText().isEmpty()); // says that there is no text
    }
};

QTEST_MAIN(TestReaderDocument)
#include "tst_readerdocument.moc"
