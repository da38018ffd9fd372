// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace re;

/// The translation loader: the program's catalogues compiled into rexcore, Qt's own strings,
/// switching languages, and unknown languages.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString fileMenu() { return QCoreApplication::translate("re::MainWindow", "&File"); }

private Q_SLOTS:
    void cleanup() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }

    void availableLanguages()
    {
        QCOMPARE(
            availableTranslations(), QStringList({ QStringLiteral("de"), QStringLiteral("fr") }));
    }

    void installsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("installed");
        QTest::addColumn<QString>("file");

        QTest::newRow("fr") << QStringLiteral("fr") << true << QStringLiteral("&Fichier");
        QTest::newRow("fr_BE") << QStringLiteral("fr_BE") << true << QStringLiteral("&Fichier");
        QTest::newRow("de") << QStringLiteral("de") << true << QStringLiteral("&Datei");
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << true << QStringLiteral("&Datei");
        QTest::newRow("en") << QStringLiteral("en") << true << QStringLiteral("&File");
        QTest::newRow("unknown") << QStringLiteral("xx") << false << QStringLiteral("&File");
        QTest::newRow("no catalogue") << QStringLiteral("it") << false << QStringLiteral("&File");
    }

    void installsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, installed);
        QFETCH(QString, file);

        QCOMPARE(installTranslations(*QCoreApplication::instance(), language), installed);
        QCOMPARE(fileMenu(), file);
    }

    void explicitLanguageSetsDefaultLocale()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("de")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }

    void secondCallReplacesFirst()
    {
        QCoreApplication &app = *QCoreApplication::instance();
        QVERIFY(installTranslations(app, QStringLiteral("fr")));
        QVERIFY(installTranslations(app, QStringLiteral("de")));
        QCOMPARE(fileMenu(), QStringLiteral("&Datei"));
        QVERIFY(installTranslations(app, QStringLiteral("en")));
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
    }

    void systemLocale()
    {
        // LC_ALL=C.UTF-8 in the test environment: the system locale is English.
        QVERIFY(installTranslations(*QCoreApplication::instance(), QString()));
        QCOMPARE(fileMenu(), QStringLiteral("&File"));
    }

    void qtOwnStrings()
    {
        const QDir qtTranslations(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!qtTranslations.exists(QStringLiteral("qtbase_fr.qm")))
            QSKIP("Qt's French translations are not installed (qt6-translations-l10n)");
        QVERIFY(installTranslations(*QCoreApplication::instance(), QStringLiteral("fr")));
        QCOMPARE(
            QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
