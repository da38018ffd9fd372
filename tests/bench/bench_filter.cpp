// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering the action table on synthetic documents of 1k to 1M actions: a change of the entity
// filter, the first character typed, and one more character typed, each against a plain
// linear scan over the same strings. "Unindexed" runs the per-action ActionFilter::accepts()
// the proxy used before the index (the "before" figure).
#include "BenchSupport.h"
#include "SyntheticDocuments.h"
#include "model/ActionFilterProxy.h"
#include "model/ActionTableModel.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

#include <QCoreApplication>
#include <memory>

namespace re::bench {
namespace {

/// The unindexed baseline: ActionFilter::accepts() for every row.
class UnindexedProxy : public QSortFilterProxyModel
{
public:
    explicit UnindexedProxy(ResolutionModel *model) : m_model(model) { }
    void setFilter(const ActionFilter &filter)
    {
        m_filter = filter;
        invalidateFilter();
        rowCount();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_filter.accepts(m_model->document(), row);
    }

private:
    ResolutionModel *m_model;
    ActionFilter m_filter;
};

/// Sets the filter in the shared state, as a view does, and waits until the model's result
/// for it is there (at once below 2000 actions, from the worker thread above) and shown.
void applyFilter(ResolutionModel &model, const ActionFilter &filter)
{
    model.selection()->setFilter(filter);
    const auto shown = [&model] {
        const auto accepted = model.acceptedActions();
        return model.currentFilter().isEmpty()
            ? !accepted
            : accepted && accepted->filter() == model.currentFilter();
    };
    while (!shown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

/// One document of each size at a time (1M actions take about 1 GB).
struct Fixture
{
    int size = 0;
    ResolutionModel model;
    std::unique_ptr<ActionTableModel> table;
    std::unique_ptr<ActionFilterProxy> proxy;
    std::unique_ptr<UnindexedProxy> unindexed;
};

Fixture &fixture(int size, bool unindexed)
{
    static std::unique_ptr<Fixture> current;
    if (!current || current->size != size) {
        current.reset();
        current = std::make_unique<Fixture>();
        current->size = size;
        current->model.setDocument(makeSyntheticDocument(size));
        // From 2000 actions on the model builds the index on its worker thread; without it a
        // filter shows every action, and the figures below would time no filtering at all.
        while (!current->model.filterIndex())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        current->table = std::make_unique<ActionTableModel>(&current->model);
        current->proxy = std::make_unique<ActionFilterProxy>(&current->model);
        current->proxy->setSourceModel(current->table.get());
        // The benchmarks below measure filter changes on an open document.
        ActionFilter warm;
        warm.text = QStringLiteral("warm");
        applyFilter(current->model, warm);
        applyFilter(current->model, ActionFilter());
    }
    if (unindexed && !current->unindexed) {
        current->unindexed = std::make_unique<UnindexedProxy>(&current->model);
        current->unindexed->setSourceModel(current->table.get());
    }
    return *current;
}

void setFilter(Fixture &f, bool unindexed, const ActionFilter &filter)
{
    if (unindexed)
        f.unindexed->setFilter(filter);
    else
        applyFilter(f.model, filter);
}

/// The scan a filter cannot beat: every action's named entity ids compared with one id.
int scanEntities(const Document &doc, const QString &id)
{
    int count = 0;
    for (const Action &action : doc.actions)
        count += action.entities.contains(id) ? 1 : 0;
    return count;
}

/// The scan a text filter cannot beat: the sentence, the themes and the entity names of every
/// action searched case-insensitively (names looked up in a prepared table).
int scanText(const Document &doc, const QHash<QString, QString> &names, const QString &needle)
{
    int count = 0;
    for (const Action &action : doc.actions) {
        bool hit = action.text.contains(needle, Qt::CaseInsensitive);
        for (qsizetype i = 0; !hit && i < action.themes.size(); ++i)
            hit = action.themes.at(i).contains(needle, Qt::CaseInsensitive);
        for (qsizetype i = 0; !hit && i < action.entities.size(); ++i)
            hit = names.value(action.entities.at(i)).contains(needle, Qt::CaseInsensitive);
        count += hit ? 1 : 0;
    }
    return count;
}

QHash<QString, QString> namesOf(const Document &doc)
{
    QHash<QString, QString> names;
    for (const Entity &entity : doc.entities)
        names.insert(entity.id, entity.name);
    return names;
}

void entityFilter(benchmark::State &state, bool unindexed)
{
    Fixture &f = fixture(int(state.range(0)), unindexed);
    const Document &doc = f.model.document();
    // Alternate between two countries: every iteration is a change of the filter.
    const QString ids[2] = { doc.entities.at(7).id, doc.entities.at(8).id };
    int turn = 0;
    ActionFilter filter;
    runPaired(
        state, [&] { turn ^= 1; }, [&] { benchmark::DoNotOptimize(scanEntities(doc, ids[turn])); },
        [&] {
            filter.entities = QStringList { ids[turn] };
            setFilter(f, unindexed, filter);
        });
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void typeFirstCharacter(benchmark::State &state, bool unindexed)
{
    Fixture &f = fixture(int(state.range(0)), unindexed);
    const auto names = namesOf(f.model.document());
    ActionFilter withText;
    withText.text = QStringLiteral("s");
    runPaired(
        state, [&] { setFilter(f, unindexed, ActionFilter()); },
        [&] { benchmark::DoNotOptimize(scanText(f.model.document(), names, withText.text)); },
        [&] { setFilter(f, unindexed, withText); });
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void typeOneMoreCharacter(benchmark::State &state, bool unindexed)
{
    Fixture &f = fixture(int(state.range(0)), unindexed);
    const auto names = namesOf(f.model.document());
    ActionFilter before;
    before.text = QStringLiteral("secu");
    ActionFilter after;
    after.text = QStringLiteral("secur");
    runPaired(
        state, [&] { setFilter(f, unindexed, before); },
        [&] { benchmark::DoNotOptimize(scanText(f.model.document(), names, after.text)); },
        [&] { setFilter(f, unindexed, after); });
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

/// Building the index once per document, against folding the same sentences to lower case.
void BM_FilterIndexBuild(benchmark::State &state)
{
    Fixture &f = fixture(int(state.range(0)), false);
    const Document &doc = f.model.document();
    runPaired(
        state, {},
        [&] {
            qsizetype total = 0;
            for (const Action &action : doc.actions)
                total += action.text.toCaseFolded().size();
            benchmark::DoNotOptimize(total);
        },
        [&] { benchmark::DoNotOptimize(ActionFilterIndex(doc)); });
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_FilterEntity(benchmark::State &state)
{
    entityFilter(state, false);
}
void BM_FilterTypeFirstChar(benchmark::State &state)
{
    typeFirstCharacter(state, false);
}
void BM_FilterTypeNextChar(benchmark::State &state)
{
    typeOneMoreCharacter(state, false);
}
void BM_FilterEntityUnindexed(benchmark::State &state)
{
    entityFilter(state, true);
}
void BM_FilterTypeFirstCharUnindexed(benchmark::State &state)
{
    typeFirstCharacter(state, true);
}
void BM_FilterTypeNextCharUnindexed(benchmark::State &state)
{
    typeOneMoreCharacter(state, true);
}

// Registered by size, so each document is generated once.
const bool registered = [] {
    const std::pair<const char *, void (*)(benchmark::State &)> benchmarks[] = {
        { "BM_FilterIndexBuild", BM_FilterIndexBuild },
        { "BM_FilterEntity", BM_FilterEntity },
        { "BM_FilterTypeFirstChar", BM_FilterTypeFirstChar },
        { "BM_FilterTypeNextChar", BM_FilterTypeNextChar },
        { "BM_FilterEntityUnindexed", BM_FilterEntityUnindexed },
        { "BM_FilterTypeFirstCharUnindexed", BM_FilterTypeFirstCharUnindexed },
        { "BM_FilterTypeNextCharUnindexed", BM_FilterTypeNextCharUnindexed },
    };
    for (const int size : { 1000, 10000, 100000, 1000000 }) {
        for (const auto &[name, function] : benchmarks) {
            benchmark::RegisterBenchmark(name, function)
                ->Arg(size)
                ->UseManualTime()
                ->Unit(benchmark::kMillisecond);
        }
    }
    return true;
}();

} // namespace
} // namespace re::bench
