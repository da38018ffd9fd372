// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RealSummaries.h"
#include "import/DocumentLoader.h"
#include "library/Library.h"
#include "library/LibrarySql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(re::CorpusQuery)

namespace re {

/// The corpus queries of a library of four documents: the bundled resolution (2026, INI, vote
/// totals only), Myanmar (2021, RSP, a real summary), a synthetic saved document with attached
/// per-group roll-call data (2025, INI) and a synthetic summary (2023, RSP).
class TestCorpusQueries : public QObject
{
    Q_OBJECT

private:
    static QString rollCallPath()
    {
        return QStringLiteral(RE_TEST_DATA) + u"/io/document-synthetic.json"_s;
    }
    static QString synthetic2023Path()
    {
        return QStringLiteral(RE_TEST_DATA) + u"/library/synthetic-corpus-2023-rsp.md"_s;
    }
    static QString schema1Path()
    {
        return QStringLiteral(RE_TEST_DATA) + u"/library/synthetic-schema-1.sqlite"_s;
    }
    static QString schema2Path()
    {
        return QStringLiteral(RE_TEST_DATA) + u"/library/synthetic-schema-2.sqlite"_s;
    }
    /// The rows of `sql` on the file at `path`, through a connection of its own, each row's
    /// columns joined by '|'; one "error: ..." row if the query fails.
    static QStringList rawRows(
        const QString &path, const QString &sql, const QVariantList &values = {})
    {
        const QString name = u"corpus-test-raw"_s;
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            bool ok = db.open() && query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            ok = ok && query.exec();
            if (!ok)
                rows.append(u"error: "_s + query.lastError().text());
            while (ok && query.next()) {
                QStringList columns;
                for (int i = 0; i < query.record().count(); ++i)
                    columns.append(query.value(i).toString());
                rows.append(columns.join(u'|'));
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }
    /// "source path|action id" of each statement: what identifies a statement across files.
    static QStringList statementKeys(const Library &library, const QList<CorpusStatement> &list)
    {
        QHash<qint64, QString> paths;
        for (const LibraryEntry &entry : library.documents())
            paths.insert(entry.id, entry.sourcePath);
        QStringList keys;
        for (const CorpusStatement &statement : list)
            keys.append(paths.value(statement.documentId) + u'|' + statement.actionId);
        return keys;
    }
    static const QString &bundledReference()
    {
        static const QString reference = bundledDocument().procedure.reference;
        return reference;
    }
    static inline const QString myanmarReference = u"2021/2540(RSP)"_s;
    static inline const QString rollCallReference = u"0000/0001(INI)"_s;
    static inline const QString synthetic2023Reference = u"2023/9001(RSP)"_s;

    static Document load(const QString &path)
    {
        QString error;
        const std::optional<Document> document = loadDocumentFile(path, &error);
        if (!document)
            qFatal("%s: %s", qPrintable(path), qPrintable(error));
        return *document;
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    static std::unique_ptr<Library> fourDocuments()
    {
        QString error;
        std::unique_ptr<Library> library = Library::open(u":memory:"_s, &error);
        if (!library)
            qFatal("open: %s", qPrintable(error));
        const Document bundled = bundledDocument();
        if (!library->addDocument(bundled, bundled.sourceName, &error)
            || !library->addDocument(
                load(test::myanmarSummaryPath()), test::myanmarSummaryPath(), &error)
            || !library->addDocument(load(rollCallPath()), rollCallPath(), &error)
            || !library->addDocument(load(synthetic2023Path()), synthetic2023Path(), &error))
            qFatal("add: %s", qPrintable(error));
        return library;
    }
    static QStringList references(const QList<LibraryEntry> &entries)
    {
        QStringList result;
        for (const LibraryEntry &entry : entries)
            result.append(entry.reference);
        return result;
    }
    static qint64 idOf(const Library &library, const QString &reference)
    {
        const QList<LibraryEntry> entries = library.documents();
        for (const LibraryEntry &entry : entries) {
            if (entry.reference == reference)
                return entry.id;
        }
        return -1;
    }
    static const MatrixRow *rowOf(const CorpusMatrix &matrix, const QString &entityId)
    {
        for (const MatrixRow &row : matrix.rows) {
            if (row.entityId == entityId)
                return &row;
        }
        return nullptr;
    }
    /// The statements of a document that involve an entity.
    static int actionsInvolving(const Document &document, const QString &entityId)
    {
        int count = 0;
        for (const Action &action : document.actions)
            count += document.involvedEntities(action).contains(entityId) ? 1 : 0;
        return count;
    }
    static QStringList roles(const MatrixRow &row)
    {
        QStringList result;
        for (const MatrixCell &cell : row.cells)
            result.append(cell.role);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The library files known whole are remembered in QSettings: the test's own.
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        // A query the driver refuses is reported by a warning and an empty result: fail on it.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
    }

    void procedureTypes()
    {
        QCOMPARE(procedureTypeOf(u"2025/2119(INI)"_s), u"INI"_s);
        QCOMPARE(procedureTypeOf(u"2021/2540(rsp)"_s), u"RSP"_s);
        QCOMPARE(procedureTypeOf(u"2021/2540"_s), QString());
        QCOMPARE(procedureTypeOf(QString()), QString());
        const std::unique_ptr<Library> library = fourDocuments();
        const QList<LibraryEntry> entries = library->documents();
        QCOMPARE(references(entries),
            QStringList({ myanmarReference, synthetic2023Reference, rollCallReference,
                bundledReference() }));
        QCOMPARE(entries.at(0).procedureType, u"RSP"_s);
        QCOMPARE(entries.at(3).procedureType, u"INI"_s);
    }

    void emptySelectionTakesEveryDocument()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        QCOMPARE(library->documents(CorpusSelection()), library->documents());
    }

    void selectionByYear()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusSelection selection;
        selection.yearFrom = 2023;
        selection.yearTo = 2025;
        QCOMPARE(references(library->documents(selection)),
            QStringList({ synthetic2023Reference, rollCallReference }));
        selection.yearTo = 0;
        QCOMPARE(references(library->documents(selection)),
            QStringList({ synthetic2023Reference, rollCallReference, bundledReference() }));
        selection.yearFrom = 0;
        selection.yearTo = 2021;
        QCOMPARE(references(library->documents(selection)), QStringList { myanmarReference });
    }

    void selectionByProcedureType()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusSelection selection;
        selection.procedureTypes = { u"RSP"_s };
        QCOMPARE(references(library->documents(selection)),
            QStringList({ myanmarReference, synthetic2023Reference }));
        selection.procedureTypes = { u"ini"_s, u"COD"_s };
        QCOMPARE(references(library->documents(selection)),
            QStringList({ rollCallReference, bundledReference() }));
        selection.procedureTypes = { u"COD"_s };
        QVERIFY(library->documents(selection).isEmpty());
    }

    void selectionByFolder()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusSelection selection;
        selection.folder = QStringLiteral(RE_TEST_DATA) + u"/library"_s;
        QCOMPARE(references(library->documents(selection)), QStringList { synthetic2023Reference });
        // Another spelling of the same folder.
        selection.folder = QStringLiteral(RE_TEST_DATA) + u"/import/../import/real/"_s;
        QCOMPARE(references(library->documents(selection)), QStringList { myanmarReference });
        // Only directly in it: not in its subfolders.
        selection.folder = QStringLiteral(RE_TEST_DATA);
        QVERIFY(library->documents(selection).isEmpty());
    }

    void selectionByText_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("cables") << u"undersea cables"_s << QStringList { synthetic2023Reference };
        QTest::newRow("Myanmar, any case") << u"MYANMAR"_s << QStringList { myanmarReference };
        QTest::newRow("no such word") << u"zyzzyva"_s << QStringList();
    }

    void selectionByText()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, expected);
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusSelection selection;
        selection.text = words;
        const QList<LibraryEntry> selected = library->documents(selection);
        QCOMPARE(references(selected), expected);
        // Exactly the documents of the statements holding the words.
        CorpusQuery query;
        query.text = words;
        QSet<qint64> withStatements;
        for (const CorpusStatement &statement : library->statements(query))
            withStatements.insert(statement.documentId);
        QSet<qint64> selectedIds;
        for (const LibraryEntry &entry : selected)
            selectedIds.insert(entry.id);
        QCOMPARE(selectedIds, withStatements);
    }

    void selectionCriteriaCombine()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusSelection selection;
        selection.text = u"NATO"_s;
        const QStringList withNato = references(library->documents(selection));
        QVERIFY(withNato.contains(bundledReference()));
        QVERIFY(withNato.contains(synthetic2023Reference));
        selection.procedureTypes = { u"RSP"_s };
        QCOMPARE(references(library->documents(selection)), QStringList { synthetic2023Reference });
        selection.yearFrom = 2024;
        QVERIFY(library->documents(selection).isEmpty());
    }

    void pagingEqualsTheUnpagedList_data()
    {
        QTest::addColumn<CorpusQuery>("query");
        QTest::addColumn<int>("pageSize");
        CorpusQuery every;
        QTest::newRow("every statement, pages of 1") << every << 1;
        QTest::newRow("every statement, pages of 7") << every << 7;
        QTest::newRow("every statement, one page") << every << 1000;
        CorpusQuery russia;
        russia.entities = { u"RUS"_s };
        QTest::newRow("Russia, pages of 2") << russia << 2;
        CorpusQuery calls;
        calls.kind = u"call"_s;
        calls.yearFrom = 2022;
        QTest::newRow("calls since 2022, pages of 3") << calls << 3;
        CorpusQuery council;
        council.addressee = u"council"_s;
        QTest::newRow("to the Council, pages of 1") << council << 1;
        // With words, a page is read from the full-text index in its rowid order.
        CorpusQuery cooperation;
        cooperation.text = u"cooperation"_s;
        QTest::newRow("words, pages of 2") << cooperation << 2;
        CorpusQuery cooperationCalls = cooperation;
        cooperationCalls.kind = u"call"_s;
        QTest::newRow("words and kind, pages of 1") << cooperationCalls << 1;
        CorpusQuery recentCooperation = cooperation;
        recentCooperation.yearFrom = 2024;
        recentCooperation.entities = { u"RUS"_s, u"NOR"_s };
        QTest::newRow("words, years and partners, pages of 3") << recentCooperation << 3;
    }

    void pagingEqualsTheUnpagedList()
    {
        QFETCH(CorpusQuery, query);
        QFETCH(int, pageSize);
        const std::unique_ptr<Library> library = fourDocuments();
        const QList<CorpusStatement> all = library->statements(query);
        QVERIFY(!all.isEmpty());
        QCOMPARE(library->statementCount(query), all.size());
        QList<CorpusStatement> paged;
        for (int offset = 0;; offset += pageSize) {
            const QList<CorpusStatement> page = library->statements(query, offset, pageSize);
            QVERIFY(page.size() <= pageSize);
            paged.append(page);
            if (page.size() < pageSize)
                break;
        }
        QCOMPARE(paged, all);
        QVERIFY(library->statements(query, int(all.size()), pageSize).isEmpty());
        QVERIFY(library->statements(query, 0, 0).isEmpty());
    }

    void pagingInSomeDocuments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pageSize");
        // A page reads the full-text index in order when the matches are few against the
        // page, else the documents by date (CorpusQueries.cpp, pageScan()).
        QTest::newRow("no words, pages of 3") << QString() << 3;
        QTest::newRow("few matches, pages of 2") << u"military"_s << 2;
        QTest::newRow("many matches, pages of 1") << u"the"_s << 1;
    }

    void pagingInSomeDocuments()
    {
        QFETCH(QString, text);
        QFETCH(int, pageSize);
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusQuery query;
        query.text = text;
        query.documentIds = { idOf(*library, synthetic2023Reference),
            idOf(*library, bundledReference()), idOf(*library, myanmarReference) };
        const QList<CorpusStatement> all = library->statements(query);
        QVERIFY(all.size() > pageSize);
        QCOMPARE(all.first().reference, myanmarReference);
        QCOMPARE(all.last().reference, bundledReference());
        QList<CorpusStatement> paged;
        for (int offset = 0; offset < all.size(); offset += pageSize)
            paged.append(library->statements(query, offset, pageSize));
        QCOMPARE(paged, all);
    }

    void statementsByDateThenAsAdded()
    {
        // Two documents of one day, added against the order of their references: their
        // statements come as they were added (docs/FORMAT.md), the documents by reference.
        QString error;
        const std::unique_ptr<Library> library = Library::open(u":memory:"_s, &error);
        QVERIFY2(library, qPrintable(error));
        const Document burma = load(test::myanmarSummaryPath());
        Document sameDay = burma;
        sameDay.procedure.reference = u"2021/2539(RSP)"_s;
        const Document bundled = bundledDocument();
        Document undated = load(synthetic2023Path());
        undated.procedure.date = QDate();
        QVERIFY(library->addDocument(bundled, bundled.sourceName, &error));
        QVERIFY(library->addDocument(burma, u"a.html"_s, &error));
        QVERIFY(library->addDocument(sameDay, u"b.html"_s, &error));
        QVERIFY(library->addDocument(undated, u"c.md"_s, &error));
        QCOMPARE(references(library->documents()),
            QStringList({ synthetic2023Reference, u"2021/2539(RSP)"_s, myanmarReference,
                bundledReference() }));

        QStringList expected;
        for (const auto &[document, reference] : { std::pair { undated, synthetic2023Reference },
                 std::pair { burma, myanmarReference }, std::pair { sameDay, u"2021/2539(RSP)"_s },
                 std::pair { bundled, bundledReference() } }) {
            for (const Action &action : document.actions)
                expected.append(reference + u' ' + action.id);
        }
        const auto keys = [](const QList<CorpusStatement> &statements) {
            QStringList result;
            for (const CorpusStatement &statement : statements)
                result.append(statement.reference + u' ' + statement.actionId);
            return result;
        };
        QCOMPARE(keys(library->statements({})), expected);
        QCOMPARE(keys(library->statements({}, 5, 40)), expected.mid(5, 40));

        // Words: the matches in the same order, pages included.
        CorpusQuery military;
        military.text = u"military"_s;
        const QStringList found = keys(library->statements(military));
        QVERIFY(found.size() >= 4);
        QStringList inOrder;
        for (const QString &key : std::as_const(expected)) {
            if (found.contains(key))
                inOrder.append(key);
        }
        QCOMPARE(found, inOrder);
        QCOMPARE(keys(library->statements(military, 1, 2)), found.mid(1, 2));

        // Replaced, a document takes the end of its day.
        QVERIFY(library->addDocument(burma, u"a.html"_s, &error));
        QStringList replaced = expected;
        const qsizetype first
            = replaced.indexOf(myanmarReference + u' ' + burma.actions.first().id);
        const QStringList moved = replaced.mid(first, burma.actions.size());
        replaced.remove(first, burma.actions.size());
        const qsizetype lastOfDay
            = replaced.lastIndexOf(u"2021/2539(RSP) "_s + sameDay.actions.last().id);
        for (qsizetype i = 0; i < moved.size(); ++i)
            replaced.insert(lastOfDay + 1 + i, moved.at(i));
        QCOMPARE(keys(library->statements({})), replaced);
    }

    void statementsOfSomeDocuments()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const qint64 myanmarId = idOf(*library, myanmarReference);
        const qint64 syntheticId = idOf(*library, synthetic2023Reference);
        CorpusQuery query;
        query.documentIds = { syntheticId, myanmarId };
        const QList<CorpusStatement> statements = library->statements(query);
        const Document synthetic = load(synthetic2023Path());
        QCOMPARE(statements.size(),
            load(test::myanmarSummaryPath()).actions.size() + synthetic.actions.size());
        QCOMPARE(statements.first().documentId, myanmarId);
        QCOMPARE(statements.last().documentId, syntheticId);
        QCOMPARE(statements.last().actionId, synthetic.actions.last().id);
        QCOMPARE(statements.last().text, synthetic.actions.last().text);
        QCOMPARE(statements.last().sectionTitle, u"Cooperation"_s);
    }

    void statementsToAnAddressee()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusQuery query;
        query.addressee = u"COUNCIL"_s;
        const QList<CorpusStatement> statements = library->statements(query);
        // The statements whose document names the Council among their addressees.
        qsizetype expected = 0;
        for (const QString &path :
            { test::myanmarSummaryPath(), rollCallPath(), synthetic2023Path() }) {
            const Document document = load(path);
            for (const Action &action : document.actions)
                expected += action.addressees.contains(u"Council"_s) ? 1 : 0;
        }
        for (const Action &action : bundledDocument().actions)
            expected += action.addressees.contains(u"Council"_s) ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(statements.size(), expected);
        const QStringList addressees = library->addressees({});
        QVERIFY2(addressees.contains(u"Council"_s), qPrintable(addressees.join(u", "_s)));
        QVERIFY(addressees.contains(u"Commission"_s));
        QSet<QString> syntheticAddressees;
        for (const Action &action : load(synthetic2023Path()).actions) {
            for (const QString &addressee : action.addressees)
                syntheticAddressees.insert(addressee);
        }
        QStringList expectedAddressees(syntheticAddressees.cbegin(), syntheticAddressees.cend());
        expectedAddressees.sort(Qt::CaseInsensitive);
        QVERIFY(expectedAddressees.contains(u"Council"_s));
        QCOMPARE(
            library->addressees({ idOf(*library, synthetic2023Reference) }), expectedAddressees);
    }

    void wordsNeverMatchTags()
    {
        // The full-text index holds each statement's tags beside its text: an entity filter
        // finds statements, and the entity's tag typed as a word finds none.
        const std::unique_ptr<Library> library = fourDocuments();
        CorpusQuery byEntity;
        byEntity.entities = { u"RUS"_s };
        const qint64 involvingRussia = library->statementCount(byEntity);
        QVERIFY(involvingRussia > 0);
        CorpusQuery tagAsWord;
        tagAsWord.text = QString::fromLatin1(
            librarysql::statementTag(librarysql::Tag::Entity, QByteArrayLiteral("RUS")));
        QCOMPARE(tagAsWord.text, u"e525553"_s);
        QCOMPARE(library->statementCount(tagAsWord), 0);
        QVERIFY(library->statements(tagAsWord).isEmpty());
        tagAsWord.text += u'*';
        QCOMPARE(library->statementCount(tagAsWord), 0);

        // Words and a filter together: the statements having both, counted alike by the
        // index alone (the whole library) and by the statements (some documents).
        CorpusQuery both = byEntity;
        both.text = u"Russia"_s;
        const QList<CorpusStatement> found = library->statements(both);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() <= involvingRussia);
        for (const CorpusStatement &statement : found)
            QVERIFY2(statement.text.contains(u"Russia"_s, Qt::CaseInsensitive),
                qPrintable(statement.text));
        QCOMPARE(library->statementCount(both), found.size());
        for (const LibraryEntry &entry : library->documents())
            both.documentIds.append(entry.id);
        QCOMPARE(library->statementCount(both), found.size());
    }

    void matrixRolesAndCounts()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const CorpusMatrix matrix = library->matrix({}, MatrixOrder::FirstAppearance);
        QCOMPARE(matrix.documents, library->documents());
        const qint64 synthetic = idOf(*library, synthetic2023Reference);
        const qint64 bundled = idOf(*library, bundledReference());

        // Each cell holds the entity's role in that document and the document's statements
        // involving it; a row's role changes count the cells whose role differs from the one
        // before.
        QHash<qint64, Document> documents;
        for (const LibraryEntry &entry : matrix.documents) {
            QString error;
            const std::optional<Document> document = library->document(entry.id, &error);
            QVERIFY2(document, qPrintable(error));
            documents.insert(entry.id, *document);
        }
        QSet<QString> named;
        for (const Document &document : std::as_const(documents)) {
            for (const Entity &entity : document.entities)
                named.insert(entity.id);
        }
        QCOMPARE(matrix.rows.size(), named.size());
        for (const MatrixRow &row : matrix.rows) {
            int changes = 0;
            for (qsizetype i = 0; i < row.cells.size(); ++i) {
                const MatrixCell &cell = row.cells.at(i);
                const Document &document = documents[cell.documentId];
                const int index = document.entityIndex(row.entityId);
                QVERIFY(index >= 0);
                QCOMPARE(cell.role, entityRoleKey(document.entities.at(index).role));
                QCOMPARE(cell.statements, actionsInvolving(document, row.entityId));
                changes += i > 0 && cell.role != row.cells.at(i - 1).role ? 1 : 0;
            }
            QCOMPARE(row.roleChanges, changes);
            QCOMPARE(matrix.documents.at(row.firstDocument).id, row.cells.first().documentId);
        }

        const MatrixRow *russia = rowOf(matrix, u"RUS"_s);
        QVERIFY(russia);
        QCOMPARE(russia->name, u"Russia"_s);
        QCOMPARE(russia->kind, u"country"_s);
        QCOMPARE(russia->cells.size(), 2);
        QCOMPARE(russia->cells.at(0).documentId, synthetic);
        QCOMPARE(russia->cells.at(1).documentId, bundled);
        QCOMPARE(russia->cells.at(1).role, u"threat"_s);
        QCOMPARE(russia->firstDocument, 1);
        QVERIFY(russia->cells.at(0).statements > 0);

        const MatrixRow *myanmar = rowOf(matrix, u"MMR"_s);
        QVERIFY(myanmar);
        QCOMPARE(roles(*myanmar), QStringList { u"sanctioned"_s });
        QCOMPARE(myanmar->firstDocument, 0);
        QCOMPARE(myanmar->roleChanges, 0);

        // Serbia in three documents; the saved one (2025) has it under review.
        const MatrixRow *serbia = rowOf(matrix, u"SRB"_s);
        QVERIFY(serbia);
        QCOMPARE(serbia->cells.size(), 3);
        QCOMPARE(serbia->cells.at(1).documentId, idOf(*library, rollCallReference));
        QCOMPARE(serbia->cells.at(1).role, u"under-review"_s);
        QCOMPARE(serbia->cells.at(2).role, u"partner-to-develop"_s);
        QVERIFY(serbia->roleChanges >= 1);

        // Every cell counts the statements a statement query finds, and a row sums its cells.
        for (const MatrixRow &row : matrix.rows) {
            int total = 0;
            for (const MatrixCell &cell : row.cells) {
                CorpusQuery query;
                query.entities = { row.entityId };
                query.documentIds = { cell.documentId };
                QCOMPARE(cell.statements, int(library->statementCount(query)));
                total += cell.statements;
            }
            QCOMPARE(row.statements, total);
        }
    }

    void matrixOrders()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const CorpusMatrix first = library->matrix({}, MatrixOrder::FirstAppearance);
        const CorpusMatrix count = library->matrix({}, MatrixOrder::Count);
        const CorpusMatrix changes = library->matrix({}, MatrixOrder::RoleChanges);
        QCOMPARE(count.rows.size(), first.rows.size());
        QCOMPARE(changes.rows.size(), first.rows.size());
        QVERIFY(first.rows.size() > 10);
        for (qsizetype i = 1; i < first.rows.size(); ++i) {
            const MatrixRow &a = first.rows.at(i - 1), &b = first.rows.at(i);
            QVERIFY(a.firstDocument <= b.firstDocument);
            if (a.firstDocument == b.firstDocument)
                QVERIFY(a.statements >= b.statements);
            QVERIFY(count.rows.at(i - 1).statements >= count.rows.at(i).statements);
            QVERIFY(changes.rows.at(i - 1).roleChanges >= changes.rows.at(i).roleChanges);
        }
        QCOMPARE(first.rows.first().firstDocument, 0);
        int most = 0;
        for (const MatrixRow &row : first.rows)
            most = std::max(most, row.roleChanges);
        QVERIFY(most >= 1);
        QCOMPARE(changes.rows.first().roleChanges, most);
        QVERIFY(count.rows.first().statements > count.rows.last().statements);
    }

    void matrixOfSomeDocuments()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const qint64 synthetic = idOf(*library, synthetic2023Reference);
        const qint64 bundled = idOf(*library, bundledReference());
        // Columns in document order whatever the order of the ids.
        const CorpusMatrix matrix = library->matrix({ bundled, synthetic }, MatrixOrder::Count);
        QCOMPARE(matrix.documents.size(), 2);
        QCOMPARE(matrix.documents.at(0).id, synthetic);
        QCOMPARE(matrix.documents.at(1).id, bundled);
        QVERIFY(!rowOf(matrix, u"MMR"_s));
        const MatrixRow *serbia = rowOf(matrix, u"SRB"_s);
        QVERIFY(serbia);
        QCOMPARE(roles(*serbia), QStringList({ u"mentioned"_s, u"partner-to-develop"_s }));
        QCOMPARE(serbia->roleChanges, 1);
        for (const MatrixRow &row : matrix.rows) {
            for (const MatrixCell &cell : row.cells)
                QVERIFY(cell.documentId == synthetic || cell.documentId == bundled);
        }
        QVERIFY(library->matrix({ 999999 }, MatrixOrder::Count).rows.isEmpty());
    }

    void resolutionsNaming()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const QHash<QString, int> naming = library->resolutionsNaming({});
        QHash<QString, int> expected;
        for (const QString &path :
            { test::myanmarSummaryPath(), rollCallPath(), synthetic2023Path() }) {
            for (const Entity &entity : load(path).entities)
                ++expected[entity.id];
        }
        for (const Entity &entity : bundledDocument().entities)
            ++expected[entity.id];
        QCOMPARE(naming, expected);
        QCOMPARE(naming.value(u"NATO"_s), 3);
        QCOMPARE(naming.value(u"MMR"_s), 1);
        QVERIFY(!naming.contains(u"FRA"_s));
        const QHash<QString, int> some
            = library->resolutionsNaming({ idOf(*library, synthetic2023Reference) });
        QCOMPARE(some.value(u"NATO"_s), 1);
        QVERIFY(!some.contains(u"MMR"_s));
        // The entities named, by name.
        const QList<QPair<QString, QString>> entities
            = library->entities({ idOf(*library, synthetic2023Reference) });
        QStringList names;
        for (const auto &[id, name] : entities)
            names.append(name);
        QStringList expectedNames;
        for (const Entity &entity : load(synthetic2023Path()).entities)
            expectedNames.append(entity.name);
        expectedNames.sort(Qt::CaseInsensitive);
        QVERIFY(expectedNames.contains(u"Russia"_s));
        QCOMPARE(names, expectedNames);
        QCOMPARE(library->entities({}).size(), naming.size());
    }

    void aRepeatedEntityCountsOnce()
    {
        // A hand-made saved document may list one entity twice: the document names it once.
        const std::unique_ptr<Library> library = Library::open(u":memory:"_s, nullptr);
        QVERIFY(library);
        Document document = bundledDocument();
        const auto nato = std::find_if(document.entities.cbegin(), document.entities.cend(),
            [](const Entity &entity) { return entity.id == u"NATO"; });
        QVERIFY(nato != document.entities.cend());
        document.entities.append(*nato);
        QString error;
        QVERIFY2(library->addDocument(document, u"repeated.json"_s, &error), qPrintable(error));
        QCOMPARE(library->resolutionsNaming({}).value(u"NATO"_s), 1);
        QCOMPARE(library->entities({}).size(), document.entities.size() - 1);
    }

    void groupVotesOnlyWhereAttached()
    {
        const std::unique_ptr<Library> library = fourDocuments();
        const QList<DocumentGroupVotes> votes = library->groupVotes({});
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes.first().document.reference, rollCallReference);
        QVERIFY(votes.first().document.hasGroupVotes);
        const Document saved = load(rollCallPath());
        QCOMPARE(votes.first().groups.size(), saved.vote->groups.size());
        const GroupPosition &first = votes.first().groups.first();
        QCOMPARE(first.group, u"EPP"_s);
        QCOMPARE(first.label, u"Synthetic Group One"_s);
        QCOMPARE(first.shortLabel, u"G1"_s);
        QCOMPARE(first.votesFor, 150);
        QCOMPARE(first.against, 10);
        QCOMPARE(first.abstentions, 5);
        QCOMPARE(first.absent, 3);
        QCOMPARE(votes.first().groups.at(1).group, u"S&D"_s);
        // The bundled resolution and Myanmar state vote totals only: never listed.
        const qint64 bundled = idOf(*library, bundledReference());
        QVERIFY(library->groupVotes({ bundled, idOf(*library, myanmarReference) }).isEmpty());
        for (const LibraryEntry &entry : library->documents())
            QCOMPARE(entry.hasGroupVotes, entry.reference == rollCallReference);
        // A replaced document takes its rows with it.
        Document withoutBreakdown = saved;
        withoutBreakdown.vote->groups.clear();
        QString error;
        QVERIFY(library->addDocument(withoutBreakdown, rollCallPath(), &error));
        QVERIFY(library->groupVotes({}).isEmpty());
    }

    void migratesASchema1Library()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(QFile::copy(schema1Path(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QString error;
        std::unique_ptr<Library> migrated = Library::open(path, &error);
        QVERIFY2(migrated, qPrintable(error));
        QCOMPARE(references(migrated->documents()),
            QStringList({ myanmarReference, rollCallReference, bundledReference() }));

        // What the migration fills matches a library written by this version.
        QString reason;
        std::unique_ptr<Library> fresh = Library::open(u":memory:"_s, &reason);
        QVERIFY(fresh);
        for (const LibraryEntry &entry : migrated->documents()) {
            const std::optional<Document> document = migrated->document(entry.id, &reason);
            QVERIFY2(document, qPrintable(reason));
            QVERIFY(fresh->addDocument(*document, entry.sourcePath, &reason));
        }
        const QList<DocumentGroupVotes> votes = migrated->groupVotes({});
        QCOMPARE(votes.size(), 1);
        QCOMPARE(votes.first().document.reference, rollCallReference);
        QCOMPARE(votes.first().groups, fresh->groupVotes({}).first().groups);
        QCOMPARE(votes.first().groups.size(), 2);
        QCOMPARE(migrated->addressees({}), fresh->addressees({}));
        QVERIFY(!migrated->addressees({}).isEmpty());
        CorpusQuery toMemberStates;
        toMemberStates.addressee = u"Member States"_s;
        QVERIFY(migrated->statementCount(toMemberStates) > 0);
        QCOMPARE(
            migrated->statements(toMemberStates).size(), fresh->statements(toMemberStates).size());
        QCOMPARE(migrated->matrix({}, MatrixOrder::Count).rows.size(),
            fresh->matrix({}, MatrixOrder::Count).rows.size());
        migrated.reset();

        // Opened again, it is not migrated twice.
        const std::unique_ptr<Library> again = Library::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->groupVotes({}).size(), 1);
        QCOMPARE(again->groupVotes({}).first().groups.size(), 2);
    }

    void migratesASchema2Library()
    {
        // Four documents written by the program at schema 2, the later date first: the bundled
        // resolution (2026), Myanmar and a copy under the reference before it (both
        // 2021-02-11), and an undated copy of the bundled one without a reference.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        QVERIFY(QFile::copy(schema2Path(), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(rawRows(path, u"PRAGMA user_version"_s), QStringList { u"2"_s });

        // What schema 2 showed, in its display order, and the rows keyed by statement.
        const QString key = u"d.source_path || '|' || s.action_id"_s;
        const QString oldOrder = u" ORDER BY d.date, d.reference, d.id, s.id"_s;
        const QStringList before = rawRows(path,
            u"SELECT %1 FROM statements s JOIN documents d ON d.id = s.document_id"_s.arg(key)
                + oldOrder);
        QCOMPARE(before.size(), 2 * 28 + 2 * 10);
        const QStringList keyedTables { u"statement_entities|entity_id"_s,
            u"statement_themes|theme"_s, u"statement_acts|kind"_s,
            u"statement_addressees|addressee"_s };
        const auto keyedRows = [&](const QString &table) {
            const QStringList parts = table.split(u'|');
            QStringList rows = rawRows(path,
                u"SELECT %1 || '|' || t.%3 FROM %2 t JOIN statements s ON s.id = t.statement_id "
                "JOIN documents d ON d.id = s.document_id"_s.arg(key, parts.at(0), parts.at(1)));
            rows.sort();
            return rows;
        };
        QHash<QString, QStringList> rowsBefore;
        for (const QString &table : keyedTables) {
            rowsBefore.insert(table, keyedRows(table));
            QVERIFY2(!rowsBefore.value(table).isEmpty(), qPrintable(table));
        }
        const QStringList searches { u"military"_s, u"Commission"_s, u"human rights"_s,
            u"space"_s };
        QHash<QString, QStringList> foundBefore;
        for (const QString &text : searches) {
            foundBefore.insert(text,
                rawRows(path,
                    u"SELECT %1 FROM statements s JOIN documents d ON d.id = s.document_id "
                    "WHERE s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"_s
                            .arg(key)
                        + oldOrder,
                    { Library::ftsQuery(text) }));
            QVERIFY2(!foundBefore.value(text).isEmpty(), qPrintable(text));
        }

        QString error;
        std::unique_ptr<Library> library = Library::open(path, &error);
        QVERIFY2(library, qPrintable(error));
        QCOMPARE(rawRows(path, u"PRAGMA user_version"_s), QStringList { u"4"_s });

        // The same statements in the same order: by date, and within the day as schema 2
        // showed them (by reference); the undated document first.
        const QList<CorpusStatement> all = library->statements({});
        QCOMPARE(statementKeys(*library, all), before);
        QVERIFY(all.first().reference.isEmpty());
        QCOMPARE(all.at(28).reference, u"2021/2539(RSP)"_s);
        QCOMPARE(all.at(38).reference, myanmarReference);
        QCOMPARE(all.last().reference, bundledReference());
        QCOMPARE(statementKeys(*library, library->statements({}, 30, 20)), before.mid(30, 20));
        // Each value of the keyed tables (schema 4 keeps them as tags) filters the statements
        // that had it; the entities' counts and the addressees are kept per document.
        const auto queryOf = [](const QString &table, const QString &value) {
            CorpusQuery query;
            if (table.startsWith(u"statement_entities"_s))
                query.entities = { value };
            else if (table.startsWith(u"statement_themes"_s))
                query.theme = value;
            else if (table.startsWith(u"statement_acts"_s))
                query.kind = value;
            else
                query.addressee = value;
            return query;
        };
        QHash<QString, int> entityCountsBefore;
        QSet<QString> addresseesBefore;
        for (const QString &table : keyedTables) {
            QMap<QString, QStringList> keysOf; // value: the statements that had it
            for (const QString &row : rowsBefore.value(table)) {
                const QString value = row.section(u'|', -1);
                keysOf[value.toLower()].append(row.section(u'|', 0, -2));
                if (table.startsWith(u"statement_entities"_s))
                    ++entityCountsBefore[row.section(u'|', 0, 0) + u'|' + value];
                if (table.startsWith(u"statement_addressees"_s))
                    addresseesBefore.insert(value.toLower());
            }
            for (auto it = keysOf.cbegin(); it != keysOf.cend(); ++it) {
                const QString value = rowsBefore.value(table)
                                          .filter(u'|' + it.key(), Qt::CaseInsensitive)
                                          .constFirst()
                                          .section(u'|', -1);
                QStringList found
                    = statementKeys(*library, library->statements(queryOf(table, value)));
                found.sort();
                QStringList expected = it.value();
                expected.removeDuplicates();
                expected.sort();
                QVERIFY2(found == expected, qPrintable(table + u": "_s + value));
            }
        }
        QHash<qint64, QString> pathOf;
        for (const LibraryEntry &entry : library->documents())
            pathOf.insert(entry.id, entry.sourcePath);
        QHash<QString, int> entityCountsAfter;
        for (const MatrixRow &row : library->matrix({}, MatrixOrder::FirstAppearance).rows) {
            for (const MatrixCell &cell : row.cells) {
                if (cell.statements > 0)
                    entityCountsAfter.insert(
                        pathOf.value(cell.documentId) + u'|' + row.entityId, cell.statements);
            }
        }
        QCOMPARE(entityCountsAfter, entityCountsBefore);
        QSet<QString> addresseesAfter;
        for (const QString &addressee : library->addressees({}))
            addresseesAfter.insert(addressee.toLower());
        QCOMPARE(addresseesAfter, addresseesBefore);
        QCOMPARE(rawRows(path,
                     u"SELECT name FROM sqlite_master WHERE name IN ('statement_entities', "
                     "'statement_themes', 'statement_acts', 'statement_addressees')"_s),
            QStringList());
        for (const QString &text : searches) {
            CorpusQuery query;
            query.text = text;
            QCOMPARE(statementKeys(*library, library->statements(query)), foundBefore.value(text));
            QCOMPARE(statementKeys(*library, library->statements(query, 1, 3)),
                foundBefore.value(text).mid(1, 3));
            QCOMPARE(library->statementCount(query), foundBefore.value(text).size());
        }
        QCOMPARE(rawRows(path,
                     u"INSERT INTO statements_fts (statements_fts, rank) "
                     "VALUES ('integrity-check', 1)"_s),
            QStringList());
        QCOMPARE(rawRows(path, u"PRAGMA foreign_key_check"_s), QStringList());

        // Each id holds its document's day (QDate's Julian day, 0 undated), counted from 1
        // within the day.
        const QStringList ids = rawRows(path,
            u"SELECT s.id, coalesce(d.date, '') FROM statements s "
            "JOIN documents d ON d.id = s.document_id ORDER BY s.id"_s);
        QCOMPARE(ids.size(), before.size());
        QHash<qint64, qint64> lastOfDay;
        for (const QString &row : ids) {
            const qint64 id = row.section(u'|', 0, 0).toLongLong();
            const QDate date = QDate::fromString(row.section(u'|', 1), Qt::ISODate);
            const qint64 day = date.isValid() ? date.toJulianDay() : 0;
            QCOMPARE(id >> 24, day);
            QCOMPARE(id & 0xffffff, lastOfDay.value(day) + 1);
            lastOfDay.insert(day, id & 0xffffff);
        }

        // A document added after the migration on a day that has statements comes after them.
        Document sameDay = load(test::myanmarSummaryPath());
        sameDay.procedure.reference = u"2021/0001(RSP)"_s;
        QVERIFY2(library->addDocument(sameDay, u"added-after.html"_s, &error), qPrintable(error));
        const QList<CorpusStatement> after = library->statements({});
        QCOMPARE(after.size(), all.size() + 10);
        QCOMPARE(after.mid(0, all.size() - 28), all.mid(0, all.size() - 28));
        QCOMPARE(after.at(all.size() - 28).reference, u"2021/0001(RSP)"_s);
        QCOMPARE(after.last().reference, bundledReference());
        library.reset();

        // Opened again, it is not migrated twice.
        const std::unique_ptr<Library> again = Library::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->statements({}).size(), after.size());
    }

    void damagedOlderLibraryIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("original");
        QTest::newRow("schema 1") << schema1Path();
        QTest::newRow("schema 2") << schema2Path();
    }

    void damagedOlderLibraryIsRefusedUntouched()
    {
        QFETCH(QString, original);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        QByteArray bytes = contents(original);
        QVERIFY(bytes.size() > 8 * 4096);
        // The pages after the schema become noise.
        for (qsizetype i = 2 * 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        QVERIFY(writeFile(path, bytes));
        QString error;
        QVERIFY(!Library::open(path, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        QCOMPARE(contents(path), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"library.sqlite"_s });
    }
};

} // namespace re

QTEST_GUILESS_MAIN(re::TestCorpusQueries)
#include "tst_corpusqueries.moc"
