// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"
#include "import/DocumentLoader.h"
#include "map/MapLegend.h"
#include "model/ActionTableModel.h"
#include "model/ResolutionModel.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace re;

/// The real window built with a translation installed shows its menus in that language.
class TestFrenchMenus : public QObject
{
    Q_OBJECT

private:
    /// Whether French may show `text` unchanged: no word in it, or a word spelt the same.
    static bool sameInFrench(const QString &text)
    {
        static const QStringList same = { QStringLiteral("Vote"), QStringLiteral("Actions"),
            QStringLiteral("Sections"), QStringLiteral("Section"), QStringLiteral("Action"),
            QStringLiteral("Mentions"), QStringLiteral("Position"), QStringLiteral("Europe"),
            QStringLiteral("Abstentions") };
        return same.contains(text)
            || std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
    }

    /// objectName -> title of every menu of the menu bar, for a window built in `language`.
    static QMap<QString, QString> menuTitles(
        const QString &language, QMap<QString, QString> *actions)
    {
        installTranslations(*QCoreApplication::instance(), language);
        ResolutionModel model;
        model.setDocument(bundledDocument());
        MainWindow window(&model);
        window.setInteractive(false);
        QMap<QString, QString> titles;
        const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            if (!menu->objectName().isEmpty())
                titles.insert(menu->objectName(), menu->title());
        }
        const QList<QAction *> all = window.findChildren<QAction *>();
        for (const QAction *action : all) {
            if (action->objectName().startsWith(u"action"))
                actions->insert(action->objectName(), action->text());
        }
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window reads and writes QSettings
    }

    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void menusInLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("quit");

        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier")
                            << QStringLiteral("&Ouvrir\u2026") << QStringLiteral("&Quitter");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Ö&ffnen \u2026") << QStringLiteral("&Beenden");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File")
                            << QStringLiteral("&Open\u2026") << QStringLiteral("&Quit");
    }

    void menusInLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, file);
        QFETCH(QString, open);
        QFETCH(QString, quit);

        QMap<QString, QString> actions;
        const QMap<QString, QString> titles = menuTitles(language, &actions);
        QCOMPARE(titles.value(QStringLiteral("menuFile")), file);
        QCOMPARE(actions.value(QStringLiteral("actionOpen")), open);
        QCOMPARE(actions.value(QStringLiteral("actionQuit")), quit);
    }

    /// Strings that files of free functions translate through a file-local Tr, which lupdate
    /// files under that Tr's context: the map legend (MapStyle), the chart names (ChartExport);
    /// and the vote result, whose phrases German must capitalise ("Enthaltungen") where English
    /// does not.
    void stringsOfFreeFunctions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("euMember");
        QTest::addColumn<QString>("notMentioned");
        QTest::addColumn<QString>("hemicycle");
        QTest::addColumn<QString>("abstentions");

        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("État membre de l’UE")
                            << QStringLiteral("non mentionné") << QStringLiteral("Hémicycle")
                            << QStringLiteral("%1 abstentions (");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("EU-Mitgliedstaat")
                            << QStringLiteral("nicht erwähnt") << QStringLiteral("Plenarsaal")
                            << QStringLiteral("%1 Enthaltungen (");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("EU member state")
                            << QStringLiteral("not mentioned") << QStringLiteral("Hemicycle")
                            << QStringLiteral("%1 abstentions (");
    }

    void stringsOfFreeFunctions()
    {
        QFETCH(QString, language);
        QFETCH(QString, euMember);
        QFETCH(QString, notMentioned);
        QFETCH(QString, hemicycle);
        QFETCH(QString, abstentions);

        installTranslations(*QCoreApplication::instance(), language);
        ResolutionModel model;
        model.setDocument(bundledDocument());
        MainWindow window(&model);
        window.setInteractive(false);

        const auto *legend = window.findChild<MapLegendWidget *>(QStringLiteral("mapLegend"));
        QVERIFY(legend);
        QStringList labels;
        for (const MapLegendEntry &entry : legend->entries())
            labels.append(entry.label);
        QVERIFY2(labels.contains(euMember), qPrintable(labels.join(u" | ")));
        QVERIFY2(labels.contains(notMentioned), qPrintable(labels.join(u" | ")));

        const auto *kinds = window.findChild<QComboBox *>(QStringLiteral("voteChartKind"));
        QVERIFY(kinds);
        QVERIFY(kinds->findText(hemicycle) >= 0);

        const auto *result = window.findChild<QLabel *>(QStringLiteral("voteResultLabel"));
        QVERIFY(result);
        QVERIFY(model.document().vote);
        const QString phrase = abstentions.arg(model.document().vote->abstentions);
        QVERIFY2(result->text().contains(phrase), qPrintable(result->text()));

        // The Kind column holds its longest label in this language whole ("Mise en avant").
        const auto *table = window.findChild<QTableView *>(QStringLiteral("actionTable"));
        QVERIFY(table);
        const QFontMetrics metrics(table->font());
        int longest = 0;
        for (VerbKind kind : allVerbKinds())
            longest = std::max(longest, metrics.horizontalAdvance(verbKindLabel(kind)));
        QVERIFY2(table->columnWidth(ActionTableModel::VerbColumn) >= longest,
            qPrintable(QString::number(longest)));
    }

    /// Every menu and every named action of the French window is translated: none with a word
    /// in it keeps its English text, except words French spells the same (symbols such as "+"
    /// stay as they are).
    void frenchIsComplete()
    {
        QMap<QString, QString> englishActions;
        const QMap<QString, QString> english = menuTitles(QStringLiteral("en"), &englishActions);
        QMap<QString, QString> frenchActions;
        const QMap<QString, QString> french = menuTitles(QStringLiteral("fr"), &frenchActions);
        QVERIFY(!english.isEmpty());
        QCOMPARE(french.keys(), english.keys());
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (sameInFrench(it.value()))
                continue;
            QVERIFY2(french.value(it.key()) != it.value(),
                qPrintable(
                    QStringLiteral("menu %1 is not translated: %2").arg(it.key(), it.value())));
        }
        QCOMPARE(frenchActions.keys(), englishActions.keys());
        for (auto it = englishActions.cbegin(); it != englishActions.cend(); ++it) {
            if (sameInFrench(it.value()))
                continue;
            QVERIFY2(frenchActions.value(it.key()) != it.value(),
                qPrintable(
                    QStringLiteral("action %1 is not translated: %2").arg(it.key(), it.value())));
        }
    }
};

QTEST_MAIN(TestFrenchMenus)
#include "tst_frenchmenus.moc"
