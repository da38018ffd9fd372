// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/CountryNames.h"
#include "i18n/GazetteerLabels.h"
#include "i18n/ThemeLabels.h"
#include "i18n/Translations.h"
#include "import/ThemeCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

/// A little-endian .mo catalogue of `pairs` (msgid, msgstr), as msgfmt writes one.
QByteArray syntheticMo(const QList<std::pair<QByteArray, QByteArray>> &pairs)
{
    const quint32 count = quint32(pairs.size());
    const quint32 originals = 28;
    const quint32 translations = originals + count * 8;
    quint32 offset = translations + count * 8;
    QByteArray tables;
    QByteArray strings;
    QList<quint32> words { 0x950412de, 0, count, originals, translations, 0, 0 };
    QList<quint32> originalEntries;
    QList<quint32> translationEntries;
    for (const auto &[id, text] : pairs) {
        originalEntries << quint32(id.size()) << offset + quint32(strings.size());
        strings += id + '\0';
    }
    for (const auto &[id, text] : pairs) {
        translationEntries << quint32(text.size()) << offset + quint32(strings.size());
        strings += text + '\0';
    }
    QByteArray bytes;
    for (quint32 word : words + originalEntries + translationEntries) {
        char le[4];
        qToLittleEndian(word, le);
        bytes.append(le, 4);
    }
    return bytes + strings;
}

} // namespace

class TestCountryNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsACatalogue()
    {
        const auto catalogue = readMoCatalogue(syntheticMo({ { "", "Content-Type: text/plain" },
            { "Norway", "Norv\xc3\xa8ge" }, { "ctx\x04Norway", "other" } }));
        QVERIFY(catalogue);
        QCOMPARE(catalogue->size(), 1); // the header and the context entry are left out
        QCOMPARE(catalogue->value(u"Norway"_s), u"Norvège"_s);
    }

    void refusesWhatIsNoCatalogue_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("msgid \"Norway\"\nmsgstr \"Norvege\"\n");
        QByteArray truncated = syntheticMo({ { "Norway", "Norvege" } });
        truncated.chop(12);
        QTest::newRow("truncated") << truncated;
        QByteArray huge = syntheticMo({ { "Norway", "Norvege" } });
        qToLittleEndian<quint32>(0x7fffffff, huge.data() + 8);
        QTest::newRow("count beyond the file") << huge;
    }

    void refusesWhatIsNoCatalogue()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!readMoCatalogue(bytes));
    }

    void namesFromIsoCodes()
    {
        // Debian's iso-codes, which the set-up installs.
        const CountryNames french = CountryNames::load(u"fr"_s);
        QVERIFY2(french.size() > 200, "iso-codes (iso_3166-1.json and its French .mo) missing");
        QCOMPARE(french.name(u"NOR"_s, u"Norway"_s), u"Norvège"_s);
        QCOMPARE(french.name(u"DEU"_s, u"Germany"_s), u"Allemagne"_s);
        // Inverted ISO names read as people say them, unless that would name two countries.
        QCOMPARE(french.name(u"RUS"_s, u"Russia"_s), u"Russie"_s);
        QCOMPARE(french.name(u"IRN"_s, u"Iran"_s), u"Iran"_s);
        QVERIFY(french.name(u"COD"_s, {}) != french.name(u"COG"_s, {}));
        const CountryNames german = CountryNames::load(u"de_AT"_s); // falls back on de
        QCOMPARE(german.name(u"NOR"_s, u"Norway"_s), u"Norwegen"_s);
        // Not in ISO 3166-1: the document's own name.
        QCOMPARE(french.name(u"XKX"_s, u"Kosovo"_s), u"Kosovo"_s);
        // English: the document's names.
        QCOMPARE(CountryNames::load(u"en_GB"_s).name(u"KOR"_s, u"South Korea"_s), u"South Korea"_s);
        QCOMPARE(CountryNames::load(u"xx"_s).size(), 0);
    }

    void everyThemeIsOfferedToTranslators()
    {
        const QStringList offered = translatableThemeNames();
        for (const QString &name : ThemeCatalog::builtin().names())
            QVERIFY2(offered.contains(name), qPrintable(name + u" is not in ThemeLabels.cpp"_s));
    }

    void themesInTheUsersLanguage()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"fr"_s));
        for (const QString &name : ThemeCatalog::builtin().names())
            QVERIFY2(themeLabel(name) != name, qPrintable(name + u" has no French label"_s));
        QCOMPARE(themeLabel(u"Space"_s), u"Espace"_s);
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(themeLabel(u"Space"_s), u"Space"_s);
    }

    void everyGazetteerNameIsOfferedAndTranslated()
    {
        QFile file(QStringLiteral(RE_SOURCE_DIR "/resources/gazetteer.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject gazetteer = QJsonDocument::fromJson(file.readAll()).object();
        const QStringList offered = translatableGazetteerNames();
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"fr"_s));
        int checked = 0;
        for (const char *kind : { "organisations", "groupings", "institutions" }) {
            for (const QJsonValue &value : gazetteer.value(QLatin1String(kind)).toArray()) {
                Entity entity;
                entity.name = value.toObject().value("name"_L1).toString();
                entity.kind = EntityKind::Organisation;
                QVERIFY2(offered.contains(entity.name), qPrintable(entity.name));
                QVERIFY2(!displayName(entity).isEmpty(), qPrintable(entity.name));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
        Entity europeanUnion;
        europeanUnion.name = u"European Union"_s;
        europeanUnion.kind = EntityKind::Organisation;
        QCOMPARE(displayName(europeanUnion), u"Union européenne"_s);
        Entity unknown;
        unknown.name = u"Synthetic Alliance"_s;
        QCOMPARE(displayName(unknown), u"Synthetic Alliance"_s);
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(displayName(europeanUnion), u"European Union"_s);
    }

    void followTheInstalledTranslation()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"de"_s));
        QCOMPARE(CountryNames::current().name(u"FRA"_s, u"France"_s), u"Frankreich"_s);
        QVERIFY(installTranslations(*QCoreApplication::instance(), u"en"_s));
        QCOMPARE(CountryNames::current().name(u"FRA"_s, u"France"_s), u"France"_s);
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
