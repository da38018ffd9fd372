// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The panes of the real window in step: filters, the current action, the current section.
#include "WindowTestUtils.h"
#include "model/SelectionState.h"
#include "window/ReaderPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <functional>

using namespace re;
using namespace re::test;

class TestWindowSync : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_fx;

    /// Whether the reader marks an action's sentence (an extra selection over exactly it).
    static bool marked(const ReaderPane *reader, const QString &actionId)
    {
        const std::optional<TextSpan> span = reader->actionSpan(actionId);
        const auto selections = reader->extraSelections();
        return span
            && std::any_of(selections.cbegin(), selections.cend(),
                [&span](const QTextEdit::ExtraSelection &selection) {
                    return selection.cursor.selectionStart() == span->start
                        && selection.cursor.selectionEnd() == span->end();
                });
    }

    /// Scrolls the reader so that an action's sentence is in view.
    static void scrollTo(ReaderPane *reader, const QString &actionId)
    {
        QScrollBar *bar = reader->verticalScrollBar();
        bar->setValue(int(bar->maximum() * qint64(reader->actionSpan(actionId)->start)
            / reader->document()->characterCount()));
    }

private Q_SLOTS:
    void initTestCase() { m_fx.setUpOnce("tst_windowsync"); }
    void init() { m_fx.createWithEmptySettings(); }
    void cleanup() { m_fx.destroy(); }

    void readerMarksWhatIsInView()
    {
        // A short reader shows part of the text: sentences are marked from a screen above the
        // view to a screen below it, and scrolling marks the ones coming into view.
        auto *reader = m_fx.find<ReaderPane>("reader");
        QVERIFY(reader);
        auto *splitter = m_fx.find<QSplitter>("mainSplitter");
        splitter->setSizes({ 120, 2000 });
        QTRY_VERIFY(reader->viewport()->height() < 150);
        const auto marked = [reader](const QString &actionId) {
            return TestWindowSync::marked(reader, actionId);
        };
        const QString first = m_fx.model->document().actions.first().id;
        const QString last = m_fx.model->document().actions.last().id;
        QScrollBar *bar = reader->verticalScrollBar();
        bar->setValue(bar->maximum());
        QVERIFY(marked(last));
        QVERIFY(!marked(first));
        bar->setValue(0);
        QVERIFY(!marked(last));
        scrollTo(reader, first);
        QVERIFY(marked(first));
    }

    void largeDocumentMarksFollowTheWorkersResult()
    {
        // The bundled actions repeated (new ids) past the size the model filters off the GUI
        // thread: the reader marks from the model's result, once it is there.
        Document large = bundledDocument();
        const QList<Action> original = large.actions;
        for (int copy = 1; large.actions.size() < ResolutionModel::BackgroundIndexActions; ++copy) {
            for (Action action : original) {
                action.id += QStringLiteral("-copy%1").arg(copy);
                large.actions.append(action);
            }
        }
        QSignalSpy ready(m_fx.model.get(), &ResolutionModel::filterIndexReady);
        m_fx.model->setDocument(large);
        QVERIFY(ready.wait(60000));
        auto *reader = m_fx.find<ReaderPane>("reader");
        ActionFilter norwayFilter;
        norwayFilter.entities = QStringList { QStringLiteral("NOR") };
        const QString norway = m_fx.expectedActions(norwayFilter).first();
        // A sentence next to it that does not involve Norway, in view with it.
        const Document &doc = m_fx.model->document();
        const int norwayIndex = doc.actionIndex(norway);
        const int otherIndex = norwayIndex > 0 ? norwayIndex - 1 : norwayIndex + 1;
        const QString other = doc.actions.at(otherIndex).id;
        QVERIFY(!doc.involvedEntities(doc.actions.at(otherIndex)).contains(QStringLiteral("NOR")));
        scrollTo(reader, norway);
        QVERIFY(marked(reader, norway));
        QVERIFY(marked(reader, other));

        QSignalSpy changed(m_fx.model.get(), &ResolutionModel::acceptedActionsChanged);
        m_fx.model->selection()->setEntityFilter({ QStringLiteral("NOR") });
        // Until the worker's result is there, every sentence stays marked; then only those of
        // the result, without the view moving.
        QVERIFY(!m_fx.model->acceptedActions());
        QVERIFY(marked(reader, norway));
        QVERIFY(marked(reader, other));
        QVERIFY(changed.wait(60000));
        QVERIFY(m_fx.model->acceptedActions());
        QVERIFY(marked(reader, norway));
        QVERIFY(!marked(reader, other));
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(m_fx.model->currentFilter()));
    }

    void firstTextShownIsMarked()
    {
        // The window as it opens: the sentences in view are marked without any scrolling.
        auto *reader = m_fx.find<ReaderPane>("reader");
        const QString first = m_fx.model->document().actions.first().id;
        QVERIFY(QTest::qWaitForWindowExposed(reader->window()));
        QTRY_VERIFY_WITH_TIMEOUT(marked(reader, first), 2000);
    }

    void filterByNorway()
    {
        auto *list = m_fx.find<QTreeView>("entityFilterList");
        QVERIFY(list);
        const int row = rowOfId(list->model(), QStringLiteral("NOR"));
        QVERIFY(row >= 0);
        QVERIFY(list->model()->setData(
            list->model()->index(row, 0), int(Qt::Checked), Qt::CheckStateRole));
        QCOMPARE(m_fx.model->selection()->entityFilter(), QStringList { QStringLiteral("NOR") });

        // Exactly the actions that name Norway, or a grouping Norway belongs to.
        QStringList naming;
        for (const Action &action : m_fx.model->document().actions) {
            if (m_fx.model->document().involvedEntities(action).contains(QStringLiteral("NOR")))
                naming << action.id;
        }
        QVERIFY(!naming.isEmpty());
        QCOMPARE(rowIds(m_fx.table()), naming);
        for (int i = 0; i < m_fx.table()->rowCount(); ++i)
            QVERIFY(m_fx.table()
                        ->index(i, 0)
                        .data(InvolvedEntitiesRole)
                        .toStringList()
                        .contains(QStringLiteral("NOR")));
        QVERIFY(m_fx.find<QPushButton>("entityFilter")->text().contains(QStringLiteral("Norway")));
        QCOMPARE(m_fx.find<QLabel>("actionCount")->text(),
            QStringLiteral("%1 of %2 actions")
                .arg(naming.size())
                .arg(m_fx.model->document().actions.size()));

        // Unchecking shows everything again.
        QVERIFY(list->model()->setData(
            list->model()->index(row, 0), int(Qt::Unchecked), Qt::CheckStateRole));
        QCOMPARE(m_fx.table()->rowCount(), m_fx.model->document().actions.size());
    }

    void readerLinkSetsEntityFilter()
    {
        auto *reader = m_fx.find<ReaderPane>("reader");
        QVERIFY(reader);
        const int position = linkPosition(reader->document(), QStringLiteral("entity:NOR"));
        QVERIFY(position >= 0);
        QTextCursor cursor(reader->document());
        cursor.setPosition(position + 1);
        reader->ensureCursorVisible();
        reader->setTextCursor(cursor);
        reader->ensureCursorVisible();
        const QPoint at = reader->cursorRect(cursor).center() - QPoint(2, 0);
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_fx.model->selection()->entityFilter(), QStringList { QStringLiteral("NOR") });
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(m_fx.model->currentFilter()));
        QVERIFY(!m_fx.model->currentFilter().isEmpty());

        // Ctrl+click toggles: Norway leaves the filter again (the link where choosing Norway
        // scrolled it).
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, Qt::ControlModifier,
            reader->cursorRect(cursor).center() - QPoint(2, 0));
        QVERIFY(m_fx.model->selection()->entityFilter().isEmpty());
        QCOMPARE(reader->shownSection(), m_fx.model->selection()->currentSection());
    }

    void readerClickChoosesAction()
    {
        const Document &doc = m_fx.model->document();
        const Action &action = doc.actions.at(doc.actions.size() / 2);
        auto *reader = m_fx.find<ReaderPane>("reader");
        const auto span = reader->actionSpan(action.id);
        QVERIFY(span.has_value());
        // A word in the middle of the sentence that is not an entity link.
        QTextCursor cursor(reader->document());
        qsizetype position = span->start + span->length / 2;
        for (; position < span->end(); ++position) {
            cursor.setPosition(int(position) + 1);
            if (!cursor.charFormat().isAnchor())
                break;
        }
        cursor.setPosition(int(position));
        reader->setTextCursor(cursor);
        reader->ensureCursorVisible();
        const QPoint at = reader->cursorRect(cursor).center() + QPoint(2, 0);
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_fx.model->selection()->currentAction(), action.id);
        QCOMPARE(reader->highlightedText(), action.text);
        auto *view = m_fx.find<QTableView>("actionTable");
        QCOMPARE(view->currentIndex().data(IdRole).toString(), action.id);
    }

    void entityFilterIsTheSameEverywhere()
    {
        const QStringList ids { QStringLiteral("NOR"), QStringLiteral("CAN") };
        m_fx.model->selection()->setEntityFilter(ids); // as the map or a script would
        auto *list = m_fx.find<QTreeView>("entityFilterList");
        QStringList checked;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(Qt::CheckStateRole).toInt() == Qt::Checked)
                checked << index.data(IdRole).toString();
        }
        checked.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(checked, expected);
        const QString text = m_fx.find<QPushButton>("entityFilter")->text();
        QVERIFY(text.contains(QStringLiteral("Norway")));
        QVERIFY(text.contains(QStringLiteral("Canada")));
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(m_fx.model->currentFilter()));
    }

    void selectActionFollowsEverywhere_data()
    {
        QTest::addColumn<int>("actionIndex");
        const Document document = bundledDocument();
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << int(document.actions.size() / 2);
        QTest::newRow("last") << int(document.actions.size() - 1);
    }

    void selectActionFollowsEverywhere()
    {
        QFETCH(int, actionIndex);
        const Action action = m_fx.model->document().actions.at(actionIndex);
        const QString sectionId = action.section >= 0
            ? m_fx.model->document().sections.at(action.section).id
            : QString();
        auto *view = m_fx.find<QTableView>("actionTable");
        auto *tree = m_fx.find<QTreeView>("sectionTree");
        auto *reader = m_fx.find<ReaderPane>("reader");
        QVERIFY(view && tree && reader);

        WindowFixture::clickRow(view, rowOfId(view->model(), action.id));
        QCOMPARE(m_fx.model->selection()->currentAction(), action.id);
        QCOMPARE(m_fx.model->selection()->currentSection(), sectionId);
        QCOMPARE(tree->currentIndex().data(IdRole).toString(), sectionId);
        QVERIFY(tree->selectionModel()->isSelected(tree->currentIndex()));
        QCOMPARE(reader->shownSection(), sectionId);
        QCOMPARE(reader->highlightedText(), action.text);

        // The highlighted sentence is in view.
        const auto span = reader->actionSpan(action.id);
        QVERIFY(span.has_value());
        QTextCursor cursor(reader->document());
        cursor.setPosition(int(span->start));
        QVERIFY(reader->viewport()->rect().contains(reader->cursorRect(cursor).center()));

        // Choosing the whole resolution in the tree keeps the action, shows all the text.
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QCOMPARE(m_fx.model->selection()->currentSection(), QString());
        QCOMPARE(reader->shownSection(), QString());
        QCOMPARE(reader->highlightedText(), action.text);
    }

    void keyboardNavigation()
    {
        auto *view = m_fx.find<QTableView>("actionTable");
        WindowFixture::clickRow(view, 0);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(m_fx.model->selection()->currentAction(),
            view->model()->index(1, 0).data(IdRole).toString());

        auto *tree = m_fx.find<QTreeView>("sectionTree");
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Down);
        const QString first = m_fx.model->document()
                                  .sections.at(m_fx.model->document().topLevelSections().first())
                                  .id;
        QCOMPARE(m_fx.model->selection()->currentSection(), first);
        QCOMPARE(m_fx.find<ReaderPane>("reader")->shownSection(), first);
    }

    void sectionOnly()
    {
        const Document &doc = m_fx.model->document();
        const Section &section = doc.sections.at(doc.topLevelSections().first());
        m_fx.model->selection()->setCurrentSection(section.id);
        auto *check = m_fx.find<QCheckBox>("sectionOnlyCheck");
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(m_fx.model->selection()->sectionOnly());
        ActionFilter filter;
        filter.section = section.id;
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(filter));
        QVERIFY(m_fx.table()->rowCount() < doc.actions.size());
    }

    void countLabel_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("Ukraine") << QStringLiteral("UKR") << QString() << QString();
        QTest::newRow("calls") << QString() << QStringLiteral("call") << QString();
        QTest::newRow("text NATO") << QString() << QString() << QStringLiteral("NATO");
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("qqqqqq");
    }

    void countLabel()
    {
        QFETCH(QString, entity);
        QFETCH(QString, verb);
        QFETCH(QString, text);
        SelectionState *state = m_fx.model->selection();
        state->setEntityFilter(entity.isEmpty() ? QStringList() : QStringList { entity });
        state->setVerbFilter(verb);
        state->setSearchText(text);
        const int shown = int(m_fx.expectedActions(m_fx.model->currentFilter()).size());
        QCOMPARE(m_fx.table()->rowCount(), shown);
        QCOMPARE(m_fx.find<QLabel>("actionCount")->text(),
            QStringLiteral("%1 of %2 actions")
                .arg(shown)
                .arg(m_fx.model->document().actions.size()));
        QCOMPARE(m_fx.find<QWidget>("actionTableEmpty")->isVisible(), shown == 0);
    }

    void themeAndVerbCombos()
    {
        auto *theme = m_fx.find<QComboBox>("themeFilter");
        auto *verb = m_fx.find<QComboBox>("verbFilter");
        QVERIFY(theme->count() > 1);
        QVERIFY(verb->count() > 1);
        QCOMPARE(theme->itemData(0).toString(), QString());
        const QString themeName = theme->itemData(1).toString();
        m_fx.model->selection()->setThemeFilter(themeName);
        QCOMPARE(theme->currentIndex(), 1);
        ActionFilter filter;
        filter.theme = themeName;
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(filter));
        // The count the combo states is the number of rows.
        QVERIFY(
            theme->currentText().endsWith(QStringLiteral("(%1)").arg(m_fx.table()->rowCount())));
    }

    void searchIsDebounced()
    {
        auto *search = m_fx.find<QLineEdit>("actionSearch");
        const int all = m_fx.table()->rowCount();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("Norway"));
        QCOMPARE(m_fx.table()->rowCount(), all); // not yet: the search waits for a pause
        QTRY_COMPARE(m_fx.model->selection()->searchText(), QStringLiteral("Norway"));
        ActionFilter filter;
        filter.text = QStringLiteral("Norway");
        QCOMPARE(rowIds(m_fx.table()), m_fx.expectedActions(filter));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(m_fx.model->selection()->searchText(), QString());
        QCOMPARE(m_fx.table()->rowCount(), all);
    }

    void clearFilters()
    {
        SelectionState *state = m_fx.model->selection();
        const int all = int(m_fx.model->document().actions.size());
        auto *button = m_fx.find<QPushButton>("clearFiltersButton");
        QVERIFY(!button->isEnabled());
        state->setEntityFilter({ QStringLiteral("NOR"), QStringLiteral("CAN") });
        state->setVerbFilter(QStringLiteral("stress"));
        state->setSectionOnly(true);
        m_fx.find<QLineEdit>("actionSearch")->setText(QStringLiteral("not committed yet"));
        QVERIFY(m_fx.table()->rowCount() < all);
        QVERIFY(button->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!state->hasFilters());
        QCOMPARE(m_fx.table()->rowCount(), all);
        QCOMPARE(
            m_fx.find<QLabel>("actionCount")->text(), QStringLiteral("%1 of %1 actions").arg(all));
        QCOMPARE(m_fx.find<QComboBox>("verbFilter")->currentIndex(), 0);
        QCOMPARE(m_fx.find<QComboBox>("themeFilter")->currentIndex(), 0);
        QVERIFY(!m_fx.find<QCheckBox>("sectionOnlyCheck")->isChecked());
        QVERIFY(m_fx.find<QLineEdit>("actionSearch")->text().isEmpty());
        QVERIFY(!button->isEnabled());

        // The same through the action (and its shortcut).
        state->setThemeFilter(m_fx.find<QComboBox>("themeFilter")->itemData(1).toString());
        QVERIFY(m_fx.table()->rowCount() < all);
        m_fx.find<QAction>("actionClearFilters")->trigger();
        QCOMPARE(m_fx.table()->rowCount(), all);
    }

    void sectionSearch()
    {
        auto *search = m_fx.find<QLineEdit>("sectionSearch");
        auto *tree = m_fx.find<QTreeView>("sectionTree");
        const auto countRows = [tree] {
            int rows = 0;
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
                    ++rows;
                    walk(tree->model()->index(r, 0, parent));
                }
            };
            walk({});
            return rows;
        };
        const int all = countRows();
        QCOMPARE(all, m_fx.model->document().sections.size() + 1);
        m_fx.find<QAction>("actionFindSection")->trigger();
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Norway"));
        QVERIFY(countRows() < all);
        QVERIFY(countRows() > 0);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(countRows(), all);
    }
};

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
