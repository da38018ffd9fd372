// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "session/DocumentSession.h"
#include "session/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace re;

/// The workspace's sessions, and the ResolutionModel that fronts the current one: a new
/// document or a new current session is one step for the views.
class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsWithOneSession()
    {
        Workspace workspace;
        QCOMPARE(workspace.sessions().size(), 1);
        QCOMPARE(workspace.current(), workspace.sessions().constFirst());
        DocumentSession *second = workspace.addSession();
        QCOMPARE(workspace.sessions().size(), 2);
        QCOMPARE(workspace.current(), workspace.sessions().constFirst());
        QSignalSpy current(&workspace, &Workspace::currentChanged);
        workspace.setCurrent(second);
        QCOMPARE(workspace.current(), second);
        QCOMPARE(current.size(), 1);
        DocumentSession stranger;
        workspace.setCurrent(&stranger);
        QCOMPARE(workspace.current(), second);
    }

    void newDocumentIsOneStepForViews()
    {
        ResolutionModel model;
        model.setDocument(bundledDocument());
        SelectionState *state = model.selection();
        state->setCurrentAction(model.document().actions.at(3).id);
        state->setEntityFilter({ QStringLiteral("NOR") });
        QVERIFY(model.acceptedActions());

        // Views hear documentChanged() once; by then the selection and the filter's result
        // agree with the new document, and no selection signal came in between.
        QSignalSpy selectionSignals(state, &SelectionState::filterChanged);
        QSignalSpy actionSignals(state, &SelectionState::currentActionChanged);
        bool consistent = false;
        connect(&model, &ResolutionModel::documentChanged, this, [&] {
            consistent = state->currentAction().isEmpty() && !state->hasFilters()
                && !model.acceptedActions() && model.session()->filter() == ActionFilter()
                && model.document().procedure.title == u"Synthetic";
        });
        Document next = bundledDocument();
        next.procedure.title = QStringLiteral("Synthetic");
        model.setDocument(next);
        QVERIFY(consistent);
        QCOMPARE(selectionSignals.size() + actionSignals.size(), 0);
    }

    void filterGoesToTheSessionBeforeViews()
    {
        ResolutionModel model;
        model.setDocument(bundledDocument());
        bool seen = false;
        connect(model.selection(), &SelectionState::filterChanged, this, [&] {
            seen = model.acceptedActions()
                && model.acceptedActions()->filter() == model.selection()->filter();
        });
        model.selection()->setVerbFilter(QStringLiteral("call"));
        QVERIFY(seen);
    }

    void modelFollowsTheCurrentSession()
    {
        Workspace workspace;
        ResolutionModel model(&workspace);
        model.setDocument(bundledDocument());
        model.selection()->setEntityFilter({ QStringLiteral("NOR") });
        DocumentSession *second = workspace.addSession();
        Document other = bundledDocument();
        other.procedure.title = QStringLiteral("Synthetic second");
        second->setDocument(other);
        QSignalSpy changed(&model, &ResolutionModel::documentChanged);
        workspace.setCurrent(second);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.session(), second);
        QCOMPARE(model.document().procedure.title, QStringLiteral("Synthetic second"));
        QVERIFY(!model.selection()->hasFilters());
        // The first session no longer drives the model.
        workspace.sessions().constFirst()->setDocument(bundledDocument());
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
