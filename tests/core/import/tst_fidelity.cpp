// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How faithfully the importer reads the real summaries of tests/data/import/real: each has a
// file of expected statements, acts, addressees, themes and roles reviewed by hand
// (expected/*.expected.json). The test measures precision and recall against it, prints them
// (docs/FIDELITY.md quotes them) and fails when a figure falls below the floor recorded here,
// so that an importer change that reads a real page worse is seen.
#include "document/Document.h"
#include "import/DocumentLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

/// Hits out of a total, shown as a ratio; an empty total counts as all right.
struct Score
{
    int hits = 0;
    int total = 0;
    double value() const { return total == 0 ? 1.0 : double(hits) / total; }
    QString text() const { return u"%1 (%2/%3)"_s.arg(value(), 0, 'f', 2).arg(hits).arg(total); }
};

struct Fidelity
{
    Score statementPrecision, statementRecall, kinds, actRecall, addresseePrecision,
        addresseeRecall, themePrecision, themeRecall, rolePrecision, roleRecall;
    QStringList missed, extra;
};

/// Spaces collapsed and typographic apostrophes made plain, for comparing the texts.
QString normalised(const QString &text)
{
    QString s = text.simplified();
    s.replace(u'\u2019', u'\'');
    return s;
}

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QJsonValue &v : value.toArray())
        set.insert(v.toString());
    return set;
}

/// Adds the pairs both sides share to `precision` and `recall`.
void scoreSets(
    const QSet<QString> &expected, const QSet<QString> &found, Score *precision, Score *recall)
{
    const int shared = int((expected & found).size());
    precision->hits += shared;
    precision->total += int(found.size());
    recall->hits += shared;
    recall->total += int(expected.size());
}

Fidelity measure(const Document &doc, const QJsonObject &expected)
{
    Fidelity f;
    const QJsonArray statements = expected.value("statements"_L1).toArray();
    QList<int> matchOf(doc.actions.size(), -1);
    QList<bool> expectedFound(statements.size(), false);
    for (int a = 0; a < doc.actions.size(); ++a) {
        const QString text = normalised(doc.actions.at(a).text);
        for (int e = 0; e < statements.size(); ++e) {
            const QString starts
                = normalised(statements.at(e).toObject().value("starts"_L1).toString());
            if (!expectedFound.at(e) && text.startsWith(starts)) {
                matchOf[a] = e;
                expectedFound[e] = true;
                break;
            }
        }
    }
    for (int a = 0; a < doc.actions.size(); ++a) {
        const Action &action = doc.actions.at(a);
        if (matchOf.at(a) < 0) {
            f.extra << normalised(action.text).left(90);
            continue;
        }
        const QJsonObject want = statements.at(matchOf.at(a)).toObject();
        const QSet<QString> kinds = stringSet(want.value("kinds"_L1));
        f.kinds.total += 1;
        if (kinds.isEmpty() || kinds.contains(verbKindKey(action.verb)))
            f.kinds.hits += 1;
        QSet<QString> acts;
        for (const SpeechAct &act : action.acts)
            acts.insert(verbKindKey(act.kind));
        const QSet<QString> wantActs = stringSet(want.value("acts"_L1));
        f.actRecall.hits += int((wantActs & acts).size());
        f.actRecall.total += int(wantActs.size());
        scoreSets(stringSet(want.value("addressees"_L1)),
            QSet<QString>(action.addressees.cbegin(), action.addressees.cend()),
            &f.addresseePrecision, &f.addresseeRecall);
        scoreSets(stringSet(want.value("themes"_L1)),
            QSet<QString>(action.themes.cbegin(), action.themes.cend()), &f.themePrecision,
            &f.themeRecall);
    }
    for (int e = 0; e < statements.size(); ++e) {
        if (!expectedFound.at(e))
            f.missed << statements.at(e).toObject().value("starts"_L1).toString();
    }
    f.statementPrecision = { int(doc.actions.size() - f.extra.size()), int(doc.actions.size()) };
    f.statementRecall = { int(statements.size() - f.missed.size()), int(statements.size()) };

    // Roles: an entity the review gives a role must have one of its acceptable roles; an entity
    // the importer gives a role (other than "mentioned") must be one the review expects.
    const QJsonObject roles = expected.value("roles"_L1).toObject();
    for (const Entity &entity : doc.entities) {
        const QString role = entityRoleKey(entity.role);
        if (roles.contains(entity.id)) {
            const bool right = stringSet(roles.value(entity.id)).contains(role);
            f.roleRecall.hits += right ? 1 : 0;
            if (entity.role != EntityRole::Mentioned) {
                f.rolePrecision.hits += right ? 1 : 0;
                f.rolePrecision.total += 1;
            }
        } else if (entity.role != EntityRole::Mentioned) {
            f.rolePrecision.total += 1;
        }
    }
    for (auto it = roles.begin(); it != roles.end(); ++it)
        f.roleRecall.total += 1;
    return f;
}

struct Floor
{
    double statementPrecision, statementRecall, kinds, addresseeRecall, themePrecision, themeRecall,
        roleRecall;
};

/// The figures measured when the expected file was last reviewed, rounded down: a change that
/// reads a page worse fails here; one that reads it better raises the floor.
Floor floorFor(const QString &document)
{
    if (document.contains("1651118"_L1))
        return { 1.0, 1.0, 1.0, 0.70, 0.75, 0.60, 1.0 };
    return { 1.0, 0.92, 1.0, 1.0, 0.0, 1.0, 1.0 };
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realSummaries_data()
    {
        QTest::addColumn<QString>("expectedPath");
        const QDir dir(QStringLiteral(RE_TEST_DATA "/import/real/expected"));
        const QStringList files = dir.entryList({ u"*.expected.json"_s }, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void realSummaries()
    {
        QFETCH(QString, expectedPath);
        QFile file(expectedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        const QString name = expected.value("document"_L1).toString();
        QVERIFY(!name.isEmpty());
        QString error;
        const auto doc
            = loadDocumentFile(QStringLiteral(RE_TEST_DATA "/import/real/") + name, &error);
        QVERIFY2(doc, qPrintable(error));

        // Never two rows with the same text.
        QSet<QString> texts;
        for (const Action &action : doc->actions) {
            QVERIFY2(!texts.contains(action.text), qPrintable(action.text));
            texts.insert(action.text);
        }

        const Fidelity f = measure(*doc, expected);
        qInfo().noquote() << name;
        qInfo().noquote() << "  statements precision" << f.statementPrecision.text() << "recall"
                          << f.statementRecall.text();
        qInfo().noquote() << "  kind shown right" << f.kinds.text() << "acts found"
                          << f.actRecall.text();
        qInfo().noquote() << "  addressees precision" << f.addresseePrecision.text() << "recall"
                          << f.addresseeRecall.text();
        qInfo().noquote() << "  themes precision" << f.themePrecision.text() << "recall"
                          << f.themeRecall.text();
        qInfo().noquote() << "  roles precision" << f.rolePrecision.text() << "recall"
                          << f.roleRecall.text();
        for (const QString &missed : f.missed)
            qInfo().noquote() << "  missed:" << missed;
        for (const QString &extra : f.extra)
            qInfo().noquote() << "  not expected:" << extra;

        const Floor floor = floorFor(name);
        QVERIFY2(f.statementPrecision.value() >= floor.statementPrecision,
            qPrintable(f.statementPrecision.text()));
        QVERIFY2(f.statementRecall.value() >= floor.statementRecall,
            qPrintable(f.statementRecall.text()));
        QVERIFY2(f.kinds.value() >= floor.kinds, qPrintable(f.kinds.text()));
        QVERIFY2(f.addresseeRecall.value() >= floor.addresseeRecall,
            qPrintable(f.addresseeRecall.text()));
        QVERIFY2(
            f.themePrecision.value() >= floor.themePrecision, qPrintable(f.themePrecision.text()));
        QVERIFY2(f.themeRecall.value() >= floor.themeRecall, qPrintable(f.themeRecall.text()));
        QVERIFY2(f.roleRecall.value() >= floor.roleRecall, qPrintable(f.roleRecall.text()));
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
