// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The current filter evaluated once per change, on the worker thread for a large (synthetic)
// document: the result the model applies is ActionFilter::accepts() action by action, the
// proxy shows exactly it, and only the newest filter's result is ever applied.
#include "FilterTestUtils.h"
#include "bench/SyntheticDocuments.h"
#include "model/ActionFilterProxy.h"
#include "model/ActionTableModel.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace re;
using re::test::acceptedOneByOne;
using re::test::shownSourceRows;

namespace {

/// Above the threshold, so the model evaluates filters on its worker thread.
constexpr int SyntheticActions = int(ResolutionModel::BackgroundIndexActions) + 1500;

QList<int> rowsOf(const AcceptedActions &accepted)
{
    QList<int> rows;
    for (int i = 0; i < accepted.size(); ++i) {
        if (accepted.contains(i))
            rows << i;
    }
    return rows;
}

} // namespace

class TestAsyncFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ResolutionModel>();
        m_table = std::make_unique<ActionTableModel>(m_model.get());
        m_proxy = std::make_unique<ActionFilterProxy>(m_model.get());
        m_proxy->setSourceModel(m_table.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(m_model.get(), &ResolutionModel::filterIndexReady);
        m_model->setDocument(bench::makeSyntheticDocument(SyntheticActions));
        QVERIFY(ready.wait(60000));
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_table.reset();
        m_model.reset();
    }

    void resultEqualsAccepts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("entity") << QStringLiteral("entity");
        QTest::newRow("grouping") << QStringLiteral("grouping");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("theme and verb") << QStringLiteral("theme-verb");
        QTest::newRow("section") << QStringLiteral("section");
    }

    void resultEqualsAccepts()
    {
        QFETCH(QString, kind);
        const Document &doc = m_model->document();
        SelectionState *state = m_model->selection();
        QSignalSpy changed(m_model.get(), &ResolutionModel::acceptedActionsChanged);
        QSignalSpy counts(m_proxy.get(), &ActionFilterProxy::countsChanged);
        if (kind == u"entity") {
            state->setEntityFilter({ doc.entities.at(7).id });
        } else if (kind == u"grouping") {
            state->setEntityFilter({ QStringLiteral("synthetic-group-1") });
        } else if (kind == u"text") {
            state->setSearchText(QStringLiteral("SECUR"));
        } else if (kind == u"theme-verb") {
            state->setThemeFilter(QStringLiteral("maritime security"));
            state->setVerbFilter(QStringLiteral("call"));
        } else {
            state->setCurrentSection(QStringLiteral("s1"));
            state->setSectionOnly(true);
        }
        // Computed on the worker: nothing is applied before the event loop runs.
        QVERIFY(!m_model->acceptedActions());
        QCOMPARE(m_proxy->rowCount(), doc.actions.size());
        QVERIFY(changed.wait(60000));
        QCOMPARE(changed.size(), 1);

        const ActionFilter filter = m_model->currentFilter();
        const QList<int> expected = acceptedOneByOne(filter, doc);
        QVERIFY(!expected.isEmpty() && expected.size() < doc.actions.size());
        const auto accepted = m_model->acceptedActions();
        QVERIFY(accepted);
        QCOMPARE(accepted->filter(), filter);
        QCOMPARE(accepted->size(), doc.actions.size());
        QCOMPARE(accepted->count(), expected.size());
        QCOMPARE(rowsOf(*accepted), expected);
        QCOMPARE(shownSourceRows(*m_proxy), expected);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(0).toInt(), expected.size());
        QCOMPARE(counts.last().at(1).toInt(), doc.actions.size());
    }

    void typingOnNarrowsTheShownResult()
    {
        const Document &doc = m_model->document();
        SelectionState *state = m_model->selection();
        QSignalSpy changed(m_model.get(), &ResolutionModel::acceptedActionsChanged);
        state->setEntityFilter({ doc.entities.at(3).id, doc.entities.at(4).id });
        QVERIFY(changed.wait(60000));
        QList<int> previous = rowsOf(*m_model->acceptedActions());
        for (const QString &typed :
            { QStringLiteral("s"), QStringLiteral("se"), QStringLiteral("sec"),
                QStringLiteral("secu"), QStringLiteral("secur"), QStringLiteral("securi") }) {
            changed.clear();
            state->setSearchText(typed);
            QVERIFY(changed.wait(60000));
            const QList<int> expected = acceptedOneByOne(m_model->currentFilter(), doc);
            QCOMPARE(rowsOf(*m_model->acceptedActions()), expected);
            QCOMPARE(shownSourceRows(*m_proxy), expected);
            if (typed.size() > 1) { // each character typed keeps a subset
                for (int row : expected)
                    QVERIFY(previous.contains(row));
            }
            previous = expected;
        }
        QVERIFY(!previous.isEmpty());
    }

    void onlyTheNewestFilterApplies()
    {
        const Document &doc = m_model->document();
        SelectionState *state = m_model->selection();
        QSignalSpy changed(m_model.get(), &ResolutionModel::acceptedActionsChanged);
        // Three filters in a row, the event loop never running between: the first two runs
        // are stale as soon as the next filter is set.
        state->setEntityFilter({ doc.entities.at(7).id });
        state->setEntityFilter({ doc.entities.at(8).id });
        state->setSearchText(QStringLiteral("defence"));
        QVERIFY(changed.wait(60000));
        // One worker runs them in order: the stale runs' results, if any, came back first.
        QCOMPARE(changed.size(), 1);
        const ActionFilter filter = m_model->currentFilter();
        QCOMPARE(m_model->acceptedActions()->filter(), filter);
        const QList<int> expected = acceptedOneByOne(filter, doc);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(rowsOf(*m_model->acceptedActions()), expected);
        QCOMPARE(shownSourceRows(*m_proxy), expected);
        QCoreApplication::processEvents(); // nothing else comes back
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->acceptedActions()->filter(), filter);

        // Cleared while a run is in flight: every action shows at once, and that run's result
        // never applies (the next filter's result is the only one to come back).
        changed.clear();
        state->setSearchText(QStringLiteral("secur"));
        state->clearFilters();
        QVERIFY(!m_model->acceptedActions());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_proxy->rowCount(), doc.actions.size());
        state->setThemeFilter(QStringLiteral("Space"));
        QVERIFY(changed.wait(60000));
        QCoreApplication::processEvents();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->acceptedActions()->filter(), m_model->currentFilter());
        QCOMPARE(shownSourceRows(*m_proxy), acceptedOneByOne(m_model->currentFilter(), doc));
    }

    void destroyedWithARunInFlight()
    {
        m_model->selection()->setSearchText(QStringLiteral("cooperation"));
        QVERIFY(!m_model->acceptedActions());
        // The destructor cancels the run and waits for the worker; its result is never applied.
        cleanup();
        QVERIFY(!m_model);
    }

private:
    std::unique_ptr<ResolutionModel> m_model;
    std::unique_ptr<ActionTableModel> m_table;
    std::unique_ptr<ActionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAsyncFilter)
#include "tst_asyncfilter.moc"
