// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "model/FilterHistory.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

#include <QSignalSpy>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

class TestFilterHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<ResolutionModel> m_model;

    SelectionState *state() const { return m_model->selection(); }
    FilterHistory *history() const { return m_model->filterHistory(); }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ResolutionModel>();
        m_model->setDocument(bundledDocument());
    }

    void cleanup() { m_model.reset(); }

    void backAndForwardThroughFilters()
    {
        QVERIFY(!history()->canGoBack());
        QVERIFY(!history()->canGoForward());
        state()->setEntityFilter({ u"NOR"_s });
        state()->setVerbFilter(u"call"_s);
        QCOMPARE(history()->size(), 3);
        QVERIFY(history()->canGoBack());

        history()->back();
        QCOMPARE(state()->filter().entities, QStringList { u"NOR"_s });
        QVERIFY(state()->filter().verb.isEmpty());
        QVERIFY(history()->canGoForward());
        history()->back();
        QVERIFY(state()->filter().isEmpty());
        QVERIFY(!history()->canGoBack());
        history()->back(); // nothing before the first
        QVERIFY(state()->filter().isEmpty());

        history()->forward();
        history()->forward();
        QCOMPARE(state()->filter().verb, u"call"_s);
        QVERIFY(!history()->canGoForward());
        QCOMPARE(history()->size(), 3); // going back and forth makes no step
    }

    void aNewFilterDropsTheStepsAhead()
    {
        state()->setEntityFilter({ u"NOR"_s });
        state()->setEntityFilter({ u"CAN"_s });
        history()->back();
        state()->setThemeFilter(u"Space"_s);
        QVERIFY(!history()->canGoForward());
        QCOMPARE(history()->size(), 3);
        history()->back();
        QCOMPARE(state()->filter().entities, QStringList { u"NOR"_s });
    }

    void typingASearchIsOneStep()
    {
        state()->setEntityFilter({ u"NOR"_s });
        for (const QString &text : { u"d"_s, u"dr"_s, u"dro"_s, u"drones"_s })
            state()->setSearchText(text);
        QCOMPARE(history()->size(), 3);
        history()->back();
        QVERIFY(state()->filter().text.isEmpty());
        QCOMPARE(state()->filter().entities, QStringList { u"NOR"_s });
        history()->forward();
        QCOMPARE(state()->filter().text, u"drones"_s);
        // Clearing the search is a step of its own.
        state()->setSearchText({});
        QCOMPARE(history()->size(), 4);
    }

    void aNewDocumentStartsAfresh()
    {
        state()->setEntityFilter({ u"NOR"_s });
        QSignalSpy changed(history(), &FilterHistory::changed);
        m_model->setDocument(bundledDocument());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(history()->size(), 1);
        QVERIFY(!history()->canGoBack());
    }

    void keepsAtMostMaxSteps()
    {
        for (int i = 0; i < FilterHistory::MaxSteps + 20; ++i)
            state()->setSearchText(i % 2 ? u"x"_s : QString());
        QCOMPARE(history()->size(), FilterHistory::MaxSteps);
    }
};

QTEST_GUILESS_MAIN(TestFilterHistory)
#include "tst_filterhistory.moc"
