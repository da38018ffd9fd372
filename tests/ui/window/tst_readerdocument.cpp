// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "window/ReaderDocument.h"

#include <QApplication>
#include <QFont>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

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
