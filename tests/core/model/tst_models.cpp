// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterTestUtils.h"
#include "import/DocumentLoader.h"
#include "model/ActionFilterProxy.h"
#include "model/ActionTableModel.h"
#include "model/EntityListModel.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SectionTreeModel.h"
#include "model/SelectionState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;
using re::test::acceptedOneByOne;
using re::test::shownSourceRows;

namespace {

/// Ids of the actions a proxy shows, in its order.
QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(IdRole).toString();
    return ids;
}

/// Ids of the actions whose sentence names the entity, straight from the document.
QStringList actionsNaming(const Document &doc, const QString &entityId)
{
    QStringList ids;
    for (const Action &action : doc.actions) {
        if (doc.involvedEntities(action).contains(entityId))
            ids << action.id;
    }
    return ids;
}

/// The bundled document with its actions repeated (new ids) until it has at least `count`.
Document repeatedActions(qsizetype count, const QString &tag)
{
    Document doc = bundledDocument();
    const QList<Action> original = doc.actions;
    for (int copy = 1; doc.actions.size() < count; ++copy) {
        for (Action action : original) {
            action.id += QStringLiteral("-%1%2").arg(tag).arg(copy);
            doc.actions.append(action);
        }
    }
    return doc;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_resolution = std::make_unique<ResolutionModel>();
        m_resolution->setDocument(bundledDocument());
    }

    void actionCountsAgreeWithInvolvedEntities()
    {
        // A synthetic document with two overlapping groupings, and the bundled resolution:
        // every entity's count is the number of actions involving it, and the model's
        // counts follow a new document.
        Document synthetic;
        const auto add = [&synthetic](const char *id, EntityKind kind, QStringList members) {
            Entity entity;
            entity.id = QString::fromLatin1(id);
            entity.name = QStringLiteral("Synthetic ") + entity.id;
            entity.kind = kind;
            entity.members = std::move(members);
            synthetic.entities.append(entity);
        };
        add("G", EntityKind::Grouping, { u"A"_s, u"B"_s });
        add("H", EntityKind::Grouping, { u"B"_s, u"C"_s, u"G"_s });
        add("O", EntityKind::Organisation, { u"A"_s });
        for (const char *id : { "A", "B", "C", "D" })
            add(id, EntityKind::Country, {});
        const QList<QStringList> named = { { u"G"_s }, { u"A"_s }, { u"B"_s }, { u"D"_s },
            { u"G"_s, u"C"_s }, { u"H"_s }, { u"O"_s }, { u"A"_s, u"B"_s }, {} };
        for (const QStringList &entities : named) {
            Action action;
            action.id = QStringLiteral("a%1").arg(synthetic.actions.size() + 1);
            action.entities = entities;
            synthetic.actions.append(action);
        }
        for (const Document &doc : { synthetic, bundledDocument() }) {
            const QHash<QString, int> counts = doc.actionCounts();
            for (const Entity &entity : doc.entities) {
                const int involving = int(actionsNaming(doc, entity.id).size());
                QCOMPARE(counts.value(entity.id), involving);
                QCOMPARE(doc.actionCount(entity.id), involving);
            }
        }
        QCOMPARE(synthetic.actionCounts().value(u"B"_s), 5); // G, B, G+C, H, A+B
        QCOMPARE(synthetic.actionCounts().value(u"G"_s), 6); // G, A, B, G+C, H (its member), A+B

        QVERIFY(m_resolution->actionCount(u"NOR"_s) > 0);
        m_resolution->setDocument(synthetic);
        QCOMPARE(m_resolution->actionCount(u"NOR"_s), 0);
        QCOMPARE(m_resolution->actionCount(u"B"_s), 5);
    }

    void largeDocumentIndexesOffTheGuiThread()
    {
        ActionTableModel table(m_resolution.get());
        ActionFilterProxy proxy(m_resolution.get());
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(m_resolution.get(), &ResolutionModel::filterIndexReady);
        QSignalSpy counts(&proxy, &ActionFilterProxy::countsChanged);
        QVERIFY(m_resolution->filterIndex()); // a small document has it at once
        QCOMPARE(m_resolution->filterIndex()->size(), m_resolution->document().actions.size());

        const Document large
            = repeatedActions(ResolutionModel::BackgroundIndexActions, QStringLiteral("a"));
        m_resolution->setDocument(large);
        // The index comes from a worker through the event loop: not there yet, and until it is
        // a filter shows every action rather than block.
        QVERIFY(!m_resolution->filterIndex());
        m_resolution->selection()->setEntityFilter({ QStringLiteral("UKR") });
        QCOMPARE(proxy.rowCount(), large.actions.size());

        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.size(), 1);
        QVERIFY(m_resolution->filterIndex());
        QCOMPARE(m_resolution->filterIndex()->size(), large.actions.size());
        const ActionFilter filter = m_resolution->currentFilter();
        const QList<int> expected = acceptedOneByOne(filter, large);
        QVERIFY(!expected.isEmpty() && expected.size() < large.actions.size());
        // The filter set meanwhile is evaluated from the index on the worker too.
        QTRY_COMPARE_WITH_TIMEOUT(shownSourceRows(proxy), expected, 60000);
        QCOMPARE(filter.acceptedActions(large, *m_resolution->filterIndex()), expected);
        QCOMPARE(counts.last().at(0).toInt(), expected.size());
    }

    void replacedDocumentDropsItsIndexBuild()
    {
        QSignalSpy ready(m_resolution.get(), &ResolutionModel::filterIndexReady);
        const qsizetype size = ResolutionModel::BackgroundIndexActions;
        m_resolution->setDocument(repeatedActions(size, QStringLiteral("first")));
        const Document second = repeatedActions(size + 100, QStringLiteral("second"));
        m_resolution->setDocument(second);
        QVERIFY(ready.wait(60000));
        // One worker runs the builds in turn: the first one is over, and its index was dropped.
        QCoreApplication::processEvents();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(m_resolution->filterIndex()->size(), second.actions.size());
        // A small document has its index at once, even with a large one's build still going.
        m_resolution->setDocument(repeatedActions(size, QStringLiteral("third")));
        m_resolution->setDocument(bundledDocument());
        QVERIFY(m_resolution->filterIndex());
        QCOMPARE(m_resolution->filterIndex()->size(), bundledDocument().actions.size());
    }

    void sectionTreeCountsEveryActionOnce()
    {
        SectionTreeModel tree(m_resolution.get());
        QAbstractItemModelTester tester(
            &tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto compareCounts = [&] {
            const Document &doc = m_resolution->document();
            QVERIFY(!doc.sections.isEmpty());
            QCOMPARE(
                tree.index(0, SectionTreeModel::ActionsColumn).data().toInt(), doc.actions.size());
            for (int section = 0; section < doc.sections.size(); ++section) {
                const QModelIndex row = tree.indexForSection(
                    doc.sections.at(section).id, SectionTreeModel::ActionsColumn);
                QCOMPARE(row.data().toInt(), doc.actionCountInSubtree(section));
            }
        };
        compareCounts();
        // The counts are kept per document: the next one gets its own.
        m_resolution->setDocument(repeatedActions(500, QStringLiteral("t")));
        QVERIFY(m_resolution->document().actions.size() >= 500);
        compareCounts();
    }

    void sectionTreePassesTester()
    {
        SectionTreeModel tree(m_resolution.get());
        QAbstractItemModelTester tester(
            &tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 1); // the whole resolution
        const QModelIndex root = tree.index(0, 0);
        QCOMPARE(root.data(IdRole).toString(), QString());
        QCOMPARE(tree.rowCount(root), 3);
        const QModelIndex third = tree.index(2, 0, root);
        QCOMPARE(third.data(IdRole).toString(), QStringLiteral("s3"));
        QCOMPARE(tree.rowCount(third), 2);
        QCOMPARE(tree.index(1, 0, third).data().toString(),
            QStringLiteral("Strengthening key areas of collaboration"));
        // Action counts include sub-sections.
        const Document &doc = m_resolution->document();
        QCOMPARE(third.siblingAtColumn(SectionTreeModel::ActionsColumn).data().toInt(),
            doc.actionCountInSubtree(doc.sectionIndex(QStringLiteral("s3"))));
        QCOMPARE(tree.indexForSection(QStringLiteral("s3.2")), tree.index(1, 0, third));
        QCOMPARE(tree.parent(tree.index(1, 0, third)), third);
        // A new document resets the model; the tester checks the reset.
        m_resolution->setDocument(bundledDocument());
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 3);
    }

    void actionTablePassesTester()
    {
        ActionTableModel table(m_resolution.get());
        QAbstractItemModelTester tester(
            &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Document &doc = m_resolution->document();
        QCOMPARE(table.rowCount(), doc.actions.size());
        QCOMPARE(table.columnCount(), int(ActionTableModel::ColumnCount));
        const QModelIndex first = table.index(0, ActionTableModel::TextColumn);
        QCOMPARE(first.data().toString(), doc.actions.first().text);
        QCOMPARE(first.data(IdRole).toString(), QStringLiteral("a1"));
        QCOMPARE(table.rowForAction(QStringLiteral("a3")), 2);
    }

    /// A statement of megabytes (only a hostile document has one) is cut in the cell, which the
    /// table lays out at every paint; the document keeps it whole.
    void actionTableCutsOverlongText()
    {
        Document doc = m_resolution->document();
        doc.actions.first().text = QString(100000, u'w');
        m_resolution->setDocument(doc);
        ActionTableModel table(m_resolution.get());
        const QString shown = table.index(0, ActionTableModel::TextColumn).data().toString();
        QCOMPARE(shown.size(), 4001);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(
            table.index(1, ActionTableModel::TextColumn).data().toString(), doc.actions.at(1).text);
        QCOMPARE(m_resolution->document().actions.first().text.size(), 100000);
    }

    void filterByEntity_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::newRow("Norway") << QStringLiteral("NOR");
        QTest::newRow("Hungary") << QStringLiteral("HUN");
        QTest::newRow("NATO") << QStringLiteral("NATO");
        QTest::newRow("Serbia via Western Balkans") << QStringLiteral("SRB");
    }

    void filterByEntity()
    {
        QFETCH(QString, entity);
        ActionTableModel table(m_resolution.get());
        ActionFilterProxy proxy(m_resolution.get());
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&proxy, &ActionFilterProxy::countsChanged);

        m_resolution->selection()->setEntityFilter({ entity });
        const QStringList expected = actionsNaming(m_resolution->document(), entity);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(shownIds(proxy), expected);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.last().at(0).toInt(), expected.size());

        m_resolution->selection()->clearFilters();
        QCOMPARE(proxy.rowCount(), proxy.totalCount());
    }

    void norwayActionsNameNorway()
    {
        ActionTableModel table(m_resolution.get());
        ActionFilterProxy proxy(m_resolution.get());
        proxy.setSourceModel(&table);
        m_resolution->selection()->setEntityFilter({ QStringLiteral("NOR") });
        QCOMPARE(proxy.rowCount(), 1);
        QVERIFY(proxy.index(0, 0).data().toString().contains(u"Norway"));
    }

    void filterCombinations()
    {
        ActionTableModel table(m_resolution.get());
        ActionFilterProxy proxy(m_resolution.get());
        proxy.setSourceModel(&table);
        SelectionState *state = m_resolution->selection();
        const Document &doc = m_resolution->document();

        // A statement is found under the kind of every one of its acts.
        state->setVerbFilter(QStringLiteral("call"));
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0).data(ActsRole).toStringList().contains(u"call"_s));
        const int calls = proxy.rowCount();
        QVERIFY(calls >= 5);

        state->setThemeFilter(QStringLiteral("Maritime security"));
        QVERIFY(proxy.rowCount() < calls);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(
                proxy.index(row, 0).data(ThemesRole).toStringList().contains(u"Maritime security"));

        state->clearFilters();
        state->setCurrentSection(QStringLiteral("s3"));
        state->setSectionOnly(true);
        const QList<int> subtree = doc.sectionSubtree(doc.sectionIndex(QStringLiteral("s3")));
        QCOMPARE(
            proxy.rowCount(), doc.actionCountInSubtree(doc.sectionIndex(QStringLiteral("s3"))));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString id = proxy.index(row, 0).data(SectionIdRole).toString();
            QVERIFY(subtree.contains(doc.sectionIndex(id)));
        }

        state->clearFilters();
        state->setSearchText(QStringLiteral("MARITIME"));
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(
                proxy.index(row, 0).data().toString().contains(u"maritime", Qt::CaseInsensitive));
    }

    void proxySortsByColumn()
    {
        ActionTableModel table(m_resolution.get());
        ActionFilterProxy proxy(m_resolution.get());
        proxy.setSourceModel(&table);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ActionTableModel::VerbColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString previous
                = proxy.index(row - 1, ActionTableModel::VerbColumn).data().toString();
            const QString current
                = proxy.index(row, ActionTableModel::VerbColumn).data().toString();
            QVERIFY(previous.compare(current, Qt::CaseInsensitive) <= 0);
        }
    }

    void entityListMirrorsFilter()
    {
        EntityListModel entities(m_resolution.get());
        QAbstractItemModelTester tester(
            &entities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int norway = entities.rowForEntity(QStringLiteral("NOR"));
        QVERIFY(norway >= 0);
        const QModelIndex name = entities.index(norway, EntityListModel::NameColumn);
        QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(
            entities.index(norway, EntityListModel::RoleColumn).data(EntityRoleRole).toString(),
            QStringLiteral("priority-partner"));
        QCOMPARE(entities.index(norway, EntityListModel::ActionsColumn).data().toInt(), 1);

        QSignalSpy changed(&entities, &QAbstractItemModel::dataChanged);
        QVERIFY(entities.setData(name, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_resolution->selection()->entityFilter(), QStringList { QStringLiteral("NOR") });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        m_resolution->selection()->setEntityFilter({});
        QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    }

    void choosingAnActionMovesTheSection()
    {
        SelectionState *state = m_resolution->selection();
        QSignalSpy sectionSpy(state, &SelectionState::currentSectionChanged);
        const Document &doc = m_resolution->document();
        const Action &deplore = *std::find_if(doc.actions.cbegin(), doc.actions.cend(),
            [](const Action &a) { return a.verb == VerbKind::Deplore; });
        state->setCurrentAction(deplore.id);
        QCOMPARE(state->currentSection(), QStringLiteral("s3.1"));
        QCOMPARE(sectionSpy.size(), 1);
    }

private:
    std::unique_ptr<ResolutionModel> m_resolution;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
