// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RolePalette.h"
#include "corpus/CorpusImageExport.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestCorpusExport : public QObject
{
    Q_OBJECT

private:
    static QList<LibraryEntry> twoResolutions()
    {
        LibraryEntry defence;
        defence.id = 1;
        defence.reference = u"2025/2119(INI)"_s;
        defence.title = u"EU strategic defence and security partnerships"_s;
        defence.date = QDate(2026, 2, 11);
        defence.hasVote = true;
        defence.votesFor = 440;
        defence.against = 119;
        defence.abstentions = 85;
        defence.statements = 120;
        LibraryEntry myanmar;
        myanmar.id = 2;
        myanmar.reference = u"2021/2540(RSP)"_s;
        myanmar.title = u"The situation in Myanmar"_s;
        myanmar.date = QDate(2021, 2, 11);
        myanmar.statements = 30;
        return { myanmar, defence };
    }

    static CorpusMatrix matrixOf(int rows)
    {
        CorpusMatrix matrix;
        matrix.documents = twoResolutions();
        for (int r = 0; r < rows; ++r) {
            MatrixRow row;
            row.entityId = u"E%1"_s.arg(r);
            row.name = u"Entity %1"_s.arg(r);
            row.cells = { { 1, u"priority-partner"_s, 3 }, { 2, u"threat"_s, 0 } };
            matrix.rows.append(row);
        }
        return matrix;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void voteMarginIsOfTheVotesCast()
    {
        const QList<LibraryEntry> entries = twoResolutions();
        QVERIFY(!voteMargin(entries.at(0)).has_value());
        QCOMPARE(
            qRound(*voteMargin(entries.at(1))), qRound(100.0 * (440 - 119) / (440 + 119 + 85)));
    }

    void timelineInEachFormat()
    {
        QTemporaryDir dir;
        for (const QString &suffix : { u"png"_s, u"svg"_s, u"pdf"_s }) {
            const QString path = dir.filePath(u"timeline."_s + suffix);
            QString error;
            QVERIFY2(exportTimeline(twoResolutions(), u"Test corpus"_s, path,
                         timelineExportOptions(u"Test corpus"_s), &error),
                qPrintable(error));
            QVERIFY(QFile::exists(path));
        }
        const QImage png(dir.filePath(u"timeline.png"_s));
        QCOMPARE(png.size(), timelineExportOptions({}).size);
        const QByteArray svg = contents(dir.filePath(u"timeline.svg"_s));
        QVERIFY(svg.contains("2025/2119(INI)"));
        QVERIFY(svg.contains("2021/2540(RSP)"));
        QVERIFY(svg.contains("Test corpus"));
        QVERIFY(contents(dir.filePath(u"timeline.pdf"_s)).startsWith("%PDF"));
    }

    void timelineMarkersFollowTheData()
    {
        QImage image(800, 400, QImage::Format_ARGB32);
        QPainter painter(&image);
        const ChartStyle style = ChartStyle::forExport(QFont());
        const QList<TimelineMarker> markers
            = paintTimelineChart(painter, QRectF(0, 0, 800, 400), twoResolutions(), style);
        QCOMPARE(markers.size(), 2);
        const auto markerOf = [&markers](qint64 id) {
            return *std::find_if(markers.cbegin(), markers.cend(),
                [id](const TimelineMarker &m) { return m.documentId == id; });
        };
        // Later to the right; more statements, a larger marker; a stated vote above the band
        // of those that state none.
        QVERIFY(markerOf(1).bounds.center().x() > markerOf(2).bounds.center().x());
        QVERIFY(markerOf(1).bounds.width() > markerOf(2).bounds.width());
        QVERIFY(markerOf(1).bounds.center().y() < markerOf(2).bounds.center().y());
    }

    void matrixAsPngAndSvgOnly()
    {
        QTemporaryDir dir;
        const CorpusMatrix matrix = matrixOf(3);
        QString error;
        QVERIFY2(exportMatrix(matrix, u"Test corpus"_s, dir.filePath(u"m.png"_s),
                     matrixExportOptions(matrix, u"Test corpus"_s), &error),
            qPrintable(error));
        QVERIFY2(exportMatrix(matrix, u"Test corpus"_s, dir.filePath(u"m.svg"_s),
                     matrixExportOptions(matrix, u"Test corpus"_s), &error),
            qPrintable(error));
        const QByteArray svg = contents(dir.filePath(u"m.svg"_s));
        QVERIFY(svg.contains("Entity 2"));
        QVERIFY(!exportMatrix(matrix, u"Test corpus"_s, dir.filePath(u"m.pdf"_s),
            matrixExportOptions(matrix, u"Test corpus"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"m.pdf"_s)));
    }

    void matrixImageGrowsWithItsRows()
    {
        const QSize few = matrixExportOptions(matrixOf(3), {}).size;
        const QSize many = matrixExportOptions(matrixOf(80), {}).size;
        QVERIFY(many.height() > few.height());
        QVERIFY(many.height() >= 80 * 24);
    }

    void matrixCellsShowTheRoleColour()
    {
        const CorpusMatrix matrix = matrixOf(1);
        const ImageExportOptions options = matrixExportOptions(matrix, u"T"_s);
        QImage image(options.size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintMatrixImage(painter, QRectF(QPointF(0, 0), options.size), matrix, u"T"_s);
        painter.end();
        // Some pixel carries the priority partner's fill.
        const QColor fill = RolePalette::fill(EntityRole::PriorityPartner, false);
        bool found = false;
        for (int y = 0; y < image.height() && !found; y += 2) {
            for (int x = 0; x < image.width() && !found; x += 2)
                found = image.pixelColor(x, y) == fill;
        }
        QVERIFY(found);
    }
};

} // namespace re

QTEST_MAIN(re::TestCorpusExport)
#include "tst_corpusexport.moc"
