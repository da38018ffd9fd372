// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The partner x resolution matrix as a model: what each cell and header answers, under
// QAbstractItemModelTester, on the matrix of the real summaries.
#include "common/RealLibrary.h"
#include "corpus/CorpusMatrixModel.h"
#include "library/Library.h"
#include "model/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestCorpusMatrixModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_library = Library::open(u":memory:"_s, &error);
        QVERIFY2(m_library, qPrintable(error));
        QVERIFY2(test::addRealSummaries(*m_library, &error), qPrintable(error));
    }

    void answersEveryCellFromTheMatrix()
    {
        CorpusMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const CorpusMatrix matrix = m_library->matrix({}, MatrixOrder::Count);
        QVERIFY(!matrix.rows.isEmpty());
        model.setMatrix(matrix);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), matrix.rows.size());
        QCOMPARE(model.columnCount(), matrix.documents.size());

        int named = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const MatrixRow &expected = matrix.rows.at(row);
            QCOMPARE(
                model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString(), expected.name);
            QCOMPARE(model.headerData(row, Qt::Vertical, IdRole).toString(), expected.entityId);
            for (int column = 0; column < model.columnCount(); ++column) {
                const LibraryEntry &document = matrix.documents.at(column);
                const auto cell = std::find_if(expected.cells.cbegin(), expected.cells.cend(),
                    [&document](const MatrixCell &c) { return c.documentId == document.id; });
                const QModelIndex index = model.index(row, column);
                if (cell == expected.cells.cend()) {
                    QVERIFY(!index.data(CorpusMatrixModel::RoleKeyRole).isValid());
                    QVERIFY(!index.data(Qt::DisplayRole).isValid());
                    continue;
                }
                ++named;
                QCOMPARE(index.data(CorpusMatrixModel::RoleKeyRole).toString(), cell->role);
                QCOMPARE(index.data(Qt::DisplayRole).toString(),
                    cell->statements > 0 ? QString::number(cell->statements) : QString());
                QVERIFY(index.data(Qt::ToolTipRole).toString().contains(expected.name));
            }
        }
        int cells = 0;
        for (const MatrixRow &row : matrix.rows)
            cells += int(row.cells.size());
        QCOMPARE(named, cells);
        for (int column = 0; column < model.columnCount(); ++column) {
            const LibraryEntry &document = matrix.documents.at(column);
            QCOMPARE(model.headerData(column, Qt::Horizontal, CorpusMatrixModel::DocumentIdRole)
                         .toLongLong(),
                document.id);
            QVERIFY(model.headerData(column, Qt::Horizontal, Qt::DisplayRole)
                        .toString()
                        .startsWith(QString::number(document.date.year())));
        }

        // Emptied, it has no rows and no columns.
        model.setMatrix({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

} // namespace re

QTEST_MAIN(re::TestCorpusMatrixModel)
#include "tst_corpusmatrixmodel.moc"
