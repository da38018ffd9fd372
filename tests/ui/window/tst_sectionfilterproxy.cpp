// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"
#include "model/ModelRoles.h"
#include "model/ResolutionModel.h"
#include "model/SectionTreeModel.h"
#include "window/SectionFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace re;

namespace {

/// Section ids the proxy shows, depth first.
QStringList shownIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        ids << index.data(IdRole).toString();
        ids << shownIds(model, index);
    }
    return ids;
}

/// What the search must find: sections whose title or own paragraphs hold every word.
QStringList expectedMatches(const Document &document, const QString &search)
{
    const QStringList terms = search.split(u' ', Qt::SkipEmptyParts);
    QStringList ids;
    for (const Section &section : document.sections) {
        QString haystack = section.title;
        for (int p : section.paragraphs)
            haystack += u'\n' + document.paragraphs.at(p).text;
        if (std::all_of(terms.cbegin(), terms.cend(),
                [&](const QString &term) { return haystack.contains(term, Qt::CaseInsensitive); }))
            ids << section.id;
    }
    return ids;
}

/// The bundled resolution's section tree behind the proxy, checked by the model tester.
struct FilteredTree
{
    FilteredTree()
    {
        model.setDocument(bundledDocument());
        proxy.setSourceModel(&tree);
    }
    ResolutionModel model;
    SectionTreeModel tree { &model };
    SectionFilterProxy proxy { &model };
    QAbstractItemModelTester tester { &proxy,
        QAbstractItemModelTester::FailureReportingMode::QtTest };
};

} // namespace

class TestSectionFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("Norway") << QStringLiteral("Norway");
        QTest::newRow("lower case nato") << QStringLiteral("nato");
        QTest::newRow("two words") << QStringLiteral("partnership Ukraine");
        QTest::newRow("title word") << QStringLiteral("environment");
        QTest::newRow("nothing") << QStringLiteral("zzzz-not-in-the-text");
    }

    void search()
    {
        QFETCH(QString, search);
        FilteredTree f;
        SectionFilterProxy &proxy = f.proxy;

        const QStringList all = shownIds(proxy);
        QCOMPARE(all.size(), f.model.document().sections.size() + 1); // and the root row

        proxy.setSearchText(search);
        const QStringList expected = expectedMatches(f.model.document(), search);
        const QStringList shown = shownIds(proxy);
        for (const QString &id : expected) {
            QVERIFY2(shown.contains(id), qPrintable(id));
            QVERIFY(proxy.matches(id));
            const QModelIndex index = proxy.mapFromSource(f.tree.indexForSection(id));
            QVERIFY(index.data(Qt::FontRole).value<QFont>().bold());
        }
        // Anything else shown is the root or a parent of a match, and not bold.
        for (const QString &id : shown) {
            if (expected.contains(id))
                continue;
            QVERIFY(!proxy.matches(id));
            const QModelIndex index = proxy.mapFromSource(f.tree.indexForSection(id));
            QVERIFY(proxy.rowCount(index) > 0);
            QVERIFY(!index.data(Qt::FontRole).value<QFont>().bold());
        }
        QCOMPARE(shown.isEmpty(), expected.isEmpty());

        proxy.setSearchText({});
        QCOMPARE(shownIds(proxy), all);
    }

    void followsDocument()
    {
        FilteredTree f;
        f.proxy.setSearchText(QStringLiteral("NATO"));
        QVERIFY(f.proxy.rowCount() > 0);
        f.model.setDocument(Document());
        QCOMPARE(shownIds(f.proxy), QStringList());
        f.model.setDocument(bundledDocument());
        QCOMPARE(shownIds(f.proxy).isEmpty(), false);
    }

    void answersFollowANewDocumentWithTheSameIds()
    {
        // matches() is worked out once per search and document: a document whose sections
        // have the same ids but other words must get new answers.
        FilteredTree f;
        f.proxy.setSearchText(QStringLiteral("NATO"));
        const QStringList matched = expectedMatches(f.model.document(), QStringLiteral("NATO"));
        QVERIFY(!matched.isEmpty());
        for (const QString &id : matched)
            QVERIFY(f.proxy.matches(id));

        Document renamed = bundledDocument();
        for (Section &section : renamed.sections)
            section.title = QStringLiteral("Synthetic section");
        for (Paragraph &paragraph : renamed.paragraphs)
            paragraph.text = QStringLiteral("Synthetic text without the word searched for.");
        f.model.setDocument(renamed);
        for (const QString &id : matched)
            QVERIFY2(!f.proxy.matches(id), qPrintable(id));
        QCOMPARE(shownIds(f.proxy), QStringList());
    }
};

QTEST_MAIN(TestSectionFilterProxy)
#include "tst_sectionfilterproxy.moc"
