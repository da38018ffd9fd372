// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus statements' count on its own thread: the same figure as Library::statementCount(),
// only the latest of several counts asked in a row, nothing for a file that is gone.
#include "common/RealLibrary.h"
#include "library/Library.h"
#include "library/StatementCounter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(re::CorpusQuery)

namespace re {

class TestStatementCounter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;

    static CorpusQuery words(const QString &text)
    {
        CorpusQuery query;
        query.text = text;
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"library.sqlite"_s);
        QString error;
        m_library = Library::open(m_path, &error);
        QVERIFY2(m_library, qPrintable(error));
        QVERIFY2(test::addRealSummaries(*m_library, &error), qPrintable(error));
    }

    void countsAsTheLibraryDoes_data()
    {
        QTest::addColumn<CorpusQuery>("query");
        QTest::newRow("everything") << CorpusQuery();
        QTest::newRow("a word") << words(u"Member States"_s);
        QTest::newRow("no match") << words(u"zzyzx"_s);
        CorpusQuery kind;
        kind.kind = u"call"_s;
        QTest::newRow("a kind") << kind;
        CorpusQuery years;
        years.yearFrom = 2025;
        QTest::newRow("years") << years;
    }

    void countsAsTheLibraryDoes()
    {
        QFETCH(CorpusQuery, query);
        StatementCounter counter;
        QSignalSpy counted(&counter, &StatementCounter::counted);
        counter.count(m_path, query);
        QVERIFY(counted.wait());
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().toLongLong(), m_library->statementCount(query));
    }

    void onlyTheLatestCountIsReported()
    {
        const CorpusQuery first = words(u"Myanmar"_s);
        const CorpusQuery latest = words(u"Member States"_s);
        QVERIFY(m_library->statementCount(first) != m_library->statementCount(latest));
        StatementCounter counter;
        QSignalSpy counted(&counter, &StatementCounter::counted);
        counter.count(m_path, first);
        counter.count(m_path, latest);
        QVERIFY(counted.wait());
        QTest::qWait(50); // a first answer would have come by now
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().toLongLong(), m_library->statementCount(latest));
    }

    void aFileGoneIsNotCounted()
    {
        StatementCounter counter;
        QSignalSpy counted(&counter, &StatementCounter::counted);
        const QString gone = m_dir.filePath(u"gone.sqlite"_s);
        counter.count(gone, {});
        QVERIFY(counted.wait());
        QCOMPARE(counted.first().first().toLongLong(), -1);
        QVERIFY(!QFileInfo::exists(gone)); // not made as an empty library either
    }
};

} // namespace re

QTEST_MAIN(re::TestStatementCounter)
#include "tst_statementcounter.moc"
