// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark baseline: a bare program that renders a three-slice donut of the bundled vote
// (440 for, 119 against, 85 abstentions) to a 1200 x 800 PNG: what `--export-chart` must do.
// Usage: re-bench-baseline-chart OUT.png
#include <QApplication>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPieSeries>
#include <QSaveFile>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QSize size(1200, 800);
    QGraphicsScene scene;
    auto *chart = new QChart;
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->append(QStringLiteral("For"), 440);
    series->append(QStringLiteral("Against"), 119);
    series->append(QStringLiteral("Abstentions"), 85);
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("EU strategic defence and security partnerships"));
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.addItem(chart);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return 1;
    return 0;
}
