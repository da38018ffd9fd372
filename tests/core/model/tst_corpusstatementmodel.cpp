// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RealSummaries.h"
#include "import/DocumentLoader.h"
#include "library/Library.h"
#include "model/CorpusStatementModel.h"
#include "model/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace re {

class TestCorpusStatementModel : public QObject
{
    Q_OBJECT

private:
    /// `count` made-up statements, paged like the library's, counting the pages read.
    static CorpusStatementModel::PageReader fakePages(int count, int *reads)
    {
        return [count, reads](int offset, int limit) {
            ++*reads;
            QList<CorpusStatement> page;
            for (int i = offset; i < std::min(count, offset + limit); ++i) {
                CorpusStatement statement;
                statement.documentId = 1 + i / 100;
                statement.reference = u"2026/%1(INI)"_s.arg(1000 + i / 100);
                statement.title = u"Resolution %1"_s.arg(i / 100);
                statement.date = QDate(2026, 1, 1).addDays(i / 100);
                statement.actionId = u"a%1"_s.arg(i % 100);
                statement.kind = u"call"_s;
                statement.text = u"Calls for statement %1."_s.arg(i);
                page.append(statement);
            }
            return page;
        };
    }

private Q_SLOTS:
    void readsPagesOnDemand()
    {
        CorpusStatementModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int reads = 0;
        model.setPageReader(fakePages(450, &reads));
        QCOMPARE(reads, 1);
        QCOMPARE(model.rowCount(), CorpusStatementModel::DefaultPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * CorpusStatementModel::DefaultPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(reads, 3);
        model.fetchMore({});
        QCOMPARE(reads, 3);
    }

    void showsEachColumn()
    {
        CorpusStatementModel model;
        int reads = 0;
        model.setPageReader(fakePages(150, &reads));
        QCOMPARE(model.columnCount(), int(CorpusStatementModel::ColumnCount));
        const int row = 120;
        QCOMPARE(
            model.index(row, CorpusStatementModel::DateColumn).data().toString(), u"2026-01-02"_s);
        QCOMPARE(model.index(row, CorpusStatementModel::ReferenceColumn).data().toString(),
            u"2026/1001(INI)"_s);
        QCOMPARE(model.index(row, CorpusStatementModel::KindColumn).data().toString(),
            verbKindLabel(VerbKind::Call));
        QCOMPARE(model.index(row, CorpusStatementModel::StatementColumn).data().toString(),
            u"Calls for statement 120."_s);
        QCOMPARE(model.index(row, 0).data(IdRole).toString(), u"a20"_s);
        QCOMPARE(model.index(row, 0).data(CorpusStatementModel::DocumentIdRole).toLongLong(), 2);
        QCOMPARE(model.rowOf(2, u"a20"_s), row);
        QCOMPARE(model.rowOf(9, u"a20"_s), -1);
        QVERIFY(model.index(row, CorpusStatementModel::StatementColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Resolution 1"_s));
    }

    void resetsOnANewReader()
    {
        CorpusStatementModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int reads = 0;
        model.setPageReader(fakePages(300, &reads));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPageReader(fakePages(5, &reads));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(!model.canFetchMore({}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void pagesALibrary()
    {
        QString error;
        const std::unique_ptr<Library> library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        const QString path = test::myanmarSummaryPath();
        const std::optional<Document> myanmar = loadDocumentFile(path, &error);
        QVERIFY2(myanmar, qPrintable(error));
        QVERIFY2(library->addDocument(*myanmar, path, &error), qPrintable(error));
        QVERIFY(library->addDocument(bundledDocument(), u":/data/bundled.md"_s, &error));
        const QList<CorpusStatement> all = library->statements(CorpusQuery {});
        QVERIFY2(all.size() > 30, qPrintable(QString::number(all.size())));

        CorpusStatementModel model;
        model.setPageSize(10);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Library *lib = library.get();
        model.setPageReader([lib](int offset, int limit) {
            return lib->statements(CorpusQuery {}, offset, limit);
        });
        QCOMPARE(model.rowCount(), 10);
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        QCOMPARE(pages, int(all.size() / 10 + 1));
        QCOMPARE(model.rowCount(), all.size());
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(*model.statement(row), all.at(row));
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestCorpusStatementModel)
#include "tst_corpusstatementmodel.moc"
