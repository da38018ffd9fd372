// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's reading tools: choosing an entity brings its names into view, F3 and
// Shift+F3 step through them; Copy in the table gives the statement with its citation.
#include "WindowTestUtils.h"
#include "model/SelectionState.h"
#include "window/ReaderPane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QScrollBar>
#include <QToolButton>

using namespace re;
using namespace Qt::StringLiterals;

class TestReadingTools : public QObject
{
    Q_OBJECT

    test::WindowFixture m_fx;

    ReaderPane *reader() const { return m_fx.find<ReaderPane>("reader"); }
    SelectionState *state() const { return m_fx.model->selection(); }

    /// Whether document position `position` is inside the reader's view.
    bool inView(qsizetype position) const
    {
        QTextCursor cursor(reader()->document());
        cursor.setPosition(int(position));
        return reader()->viewport()->rect().contains(reader()->cursorRect(cursor).center());
    }

    /// The section of the first paragraph naming `entity` ("" before any heading).
    QString firstSectionNaming(const QString &entity) const
    {
        const Document &document = m_fx.model->document();
        for (const Mention &mention : document.mentions) {
            if (mention.entity == entity) {
                const int section = document.paragraphs.at(mention.paragraph).section;
                return section >= 0 ? document.sections.at(section).id : QString();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_readingtools"); }

    void init()
    {
        m_fx.createWithEmptySettings();
        m_fx.window->resize(1200, 700); // a short reader: most names start out of view
        QTest::qWait(50);
    }

    void cleanup() { m_fx.destroy(); }

    void choosingAnEntityShowsItsFirstName()
    {
        state()->setCurrentSection({});
        QVERIFY(reader()->filteredMentions().isEmpty());
        state()->setEntityFilter({ u"CAN"_s });
        const QList<TextSpan> spans = reader()->filteredMentions();
        QCOMPARE(spans.size(), 1);
        QVERIFY(reader()->verticalScrollBar()->value() > 0); // Canada is far down
        QVERIFY(inView(spans.first().start));
    }

    void anEntityNamedElsewhereOpensItsSection()
    {
        const QString section = firstSectionNaming(u"CAN"_s);
        QVERIFY(!section.isEmpty());
        // A section that does not name Canada.
        QString other;
        for (const Section &candidate : m_fx.model->document().sections) {
            if (candidate.id != section && candidate.parent < 0) {
                other = candidate.id;
                break;
            }
        }
        QVERIFY(!other.isEmpty());
        state()->setCurrentSection(other);
        QVERIFY(reader()->filteredMentions().isEmpty());
        state()->setEntityFilter({ u"CAN"_s });
        QCOMPARE(state()->currentSection(), section);
        const QList<TextSpan> spans = reader()->filteredMentions();
        QCOMPARE(spans.size(), 1);
        QVERIFY(inView(spans.first().start));
    }

    void thisSectionOnlyKeepsTheSection()
    {
        const QString section = firstSectionNaming(u"CAN"_s);
        QString other;
        for (const Section &candidate : m_fx.model->document().sections) {
            if (candidate.id != section && candidate.parent < 0) {
                other = candidate.id;
                break;
            }
        }
        state()->setCurrentSection(other);
        ActionFilter filter;
        filter.sectionOnly = true;
        filter.section = other;
        state()->setFilter(filter);
        state()->setEntityFilter({ u"CAN"_s });
        QCOMPARE(state()->currentSection(), other);
    }

    void f3StepsThroughTheNames()
    {
        state()->setCurrentSection({});
        state()->setEntityFilter({ u"EU"_s });
        const QList<TextSpan> spans = reader()->filteredMentions();
        QVERIFY(spans.size() >= 3);
        QAction *next = reader()->nextMentionAction();
        QAction *previous = reader()->previousMentionAction();
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F3));
        QCOMPARE(previous->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F3));
        // From the top of the text: the first name, then the second; back to the first.
        reader()->verticalScrollBar()->setValue(0);
        next->trigger();
        QCOMPARE(reader()->textCursor().selectionStart(), spans.at(0).start);
        next->trigger();
        QCOMPARE(reader()->textCursor().selectionStart(), spans.at(1).start);
        QVERIFY(inView(spans.at(1).start));
        previous->trigger();
        QCOMPARE(reader()->textCursor().selectionStart(), spans.at(0).start);
        // Before the first comes the last.
        previous->trigger();
        QCOMPARE(reader()->textCursor().selectionStart(), spans.last().start);
        QVERIFY(inView(spans.last().start));
        // Through the window's shortcut too.
        QTest::keyClick(m_fx.window.get(), Qt::Key_F3);
        QCOMPARE(reader()->textCursor().selectionStart(), spans.at(0).start);
    }

    void copyGivesTheStatementWithItsCitation()
    {
        const Document &document = m_fx.model->document();
        int index = -1;
        for (int i = 0; i < document.actions.size() && index < 0; ++i) {
            if (document.actions.at(i).section >= 0)
                index = i;
        }
        QVERIFY(index >= 0);
        const Action &action = document.actions.at(index);
        QAction *copy = m_fx.find<QAction>("actionCopyWithCitation");
        QVERIFY(copy);
        state()->setCurrentAction({});
        QVERIFY(!copy->isEnabled());
        state()->setCurrentAction(action.id);
        QVERIFY(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        // Ctrl+C in the table.
        auto *table = m_fx.find<QTableView>("actionTable");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        const QStringList lines = copied.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), u"\u201c"_s + action.text + u"\u201d"_s);
        QVERIFY(lines.at(1).contains(u"EU strategic defence and security partnerships"_s));
        QVERIFY(lines.at(1).contains(u"2025/2119(INI)"_s));
        QVERIFY(lines.at(1).contains(u"11/02/2026"_s));
        QVERIFY(lines.at(1).contains(document.sections.at(action.section).title));
        QVERIFY(lines.at(1).contains(u"Legislative Observatory"_s));
    }

    void backAndForwardFromAnywhere()
    {
        QAction *back = m_fx.find<QAction>("actionFilterBack");
        QAction *forward = m_fx.find<QAction>("actionFilterForward");
        QVERIFY(back && forward);
        QVERIFY(!back->isEnabled());
        state()->setEntityFilter({ u"NOR"_s });
        QVERIFY(back->isEnabled());
        // Alt+Left with the reader focused (a text browser has its own Alt+Left).
        reader()->setFocus();
        QTest::keyClick(m_fx.window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(state()->filter().entities.isEmpty());
        QVERIFY(forward->isEnabled());
        QTest::keyClick(m_fx.window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(state()->filter().entities, QStringList { u"NOR"_s });
        // And from the filter bar's buttons.
        auto *backButton = m_fx.find<QToolButton>("filterBackButton");
        QVERIFY(backButton && backButton->isVisible() && backButton->isEnabled());
        QTest::mouseClick(backButton, Qt::LeftButton);
        QVERIFY(state()->filter().entities.isEmpty());
        QVERIFY(!backButton->isEnabled());
        QTest::mouseClick(m_fx.find<QToolButton>("filterForwardButton"), Qt::LeftButton);
        QCOMPARE(state()->filter().entities, QStringList { u"NOR"_s });
    }

    void clearFiltersKeepsTheStatementShown()
    {
        const Document &document = m_fx.model->document();
        int norway = -1;
        for (int i = 0; i < document.actions.size() && norway < 0; ++i) {
            if (document.actions.at(i).entities.contains(u"NOR"_s))
                norway = i;
        }
        QVERIFY(norway >= 0);
        const QString id = document.actions.at(norway).id;
        state()->setEntityFilter({ u"NOR"_s });
        state()->setCurrentAction(id);
        m_fx.find<QAction>("actionClearFilters")->trigger();
        QVERIFY(state()->filter().isEmpty());
        QCOMPARE(state()->currentAction(), id);
        auto *table = m_fx.find<QTableView>("actionTable");
        QCOMPARE(table->currentIndex().data(IdRole).toString(), id);
    }
};

QTEST_MAIN(TestReadingTools)
#include "tst_readingtools.moc"
