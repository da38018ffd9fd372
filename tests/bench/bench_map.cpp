// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The map: decoding the bundled TopoJSON, cutting and projecting it, building the pane's scene
// and one full repaint, each against the least a Qt program does with the same data.
#include "BenchSupport.h"
#include "geo/TopoJson.h"
#include "geo/WorldMap.h"
#include "import/DocumentLoader.h"
#include "map/MapPane.h"
#include "map/MapView.h"
#include "model/ResolutionModel.h"

#include <QFile>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <memory>

namespace re::bench {
namespace {

QByteArray mapBytes()
{
    QFile file(QStringLiteral(RE_SOURCE_DIR "/resources/world-50m.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Baseline for decoding: parsing the same bytes with QJsonDocument.
void BM_MapDecode(benchmark::State &state)
{
    const QByteArray bytes = mapBytes();
    QString error;
    runPaired(
        state, {}, [&] { benchmark::DoNotOptimize(QJsonDocument::fromJson(bytes)); },
        [&] { benchmark::DoNotOptimize(readTopoJson(bytes, &error)); });
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_MapDecode)->UseManualTime()->Unit(benchmark::kMillisecond);

/// Cutting at the antimeridian and projecting the decoded features; the baseline is the
/// decoding again, to show how the two halves of the start-up cost compare.
void BM_MapProject(benchmark::State &state)
{
    const QByteArray bytes = mapBytes();
    QString error;
    const QList<GeoFeature> features = readTopoJson(bytes, &error).value_or(QList<GeoFeature>());
    runPaired(
        state, {}, [&] { benchmark::DoNotOptimize(QJsonDocument::fromJson(bytes)); },
        [&] { benchmark::DoNotOptimize(WorldMap::fromFeatures(features)); });
}
BENCHMARK(BM_MapProject)->UseManualTime()->Unit(benchmark::kMillisecond);

ResolutionModel &bundledModel()
{
    static ResolutionModel model;
    if (model.document().paragraphs.isEmpty())
        model.setDocument(bundledDocument());
    return model;
}

/// The same countries as plain path items in a plain scene and view.
std::unique_ptr<QGraphicsScene> plainScene()
{
    auto scene = std::make_unique<QGraphicsScene>();
    for (const MapCountry &country : WorldMap::builtin().countries())
        scene->addPath(country.path, QPen(Qt::gray, 0), QBrush(Qt::lightGray));
    return scene;
}

/// Building the map pane (scene items, colours, labels, chips, legend) with the bundled
/// resolution; the map itself is decoded already (WorldMap::builtin() is shared).
void BM_MapBuildScene(benchmark::State &state)
{
    ResolutionModel &model = bundledModel();
    WorldMap::builtin();
    runPaired(
        state, {}, [&] { benchmark::DoNotOptimize(plainScene()); },
        [&] { benchmark::DoNotOptimize(std::make_unique<MapPane>(&model)); });
}
BENCHMARK(BM_MapBuildScene)->UseManualTime()->Unit(benchmark::kMillisecond);

/// One full repaint of the map pane's view at 1000 x 600 against a plain view of the plain
/// scene, both showing the whole world.
void BM_MapRepaint(benchmark::State &state)
{
    ResolutionModel &model = bundledModel();
    MapPane pane(&model);
    pane.resize(1000, 600);
    pane.show();
    pane.showWorld();
    const std::unique_ptr<QGraphicsScene> scene = plainScene();
    QGraphicsView plainView(scene.get());
    plainView.resize(pane.view()->viewport()->size());
    plainView.setRenderHint(QPainter::Antialiasing);
    plainView.show();
    plainView.fitInView(scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    QImage image(pane.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    runPaired(
        state, {},
        [&] {
            QPainter painter(&image);
            plainView.viewport()->render(&painter);
        },
        [&] {
            QPainter painter(&image);
            pane.view()->viewport()->render(&painter);
        });
}
BENCHMARK(BM_MapRepaint)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
} // namespace re::bench
