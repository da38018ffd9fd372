// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include "i18n/CountryNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace re {

namespace {

const QString catalogueName = QStringLiteral("resolution-explorer");
const QString catalogueFolder = QStringLiteral(":/i18n");
const QString translatorName = QStringLiteral("re_translator");

/// Removes and deletes the translators a previous call installed.
void removeOurTranslators(QCoreApplication &app)
{
    const QList<QTranslator *> translators
        = app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

/// Loads `name`_<language>.qm from `folder` for the best of the locale's UI languages and
/// installs it; deletes it and returns false when there is none.
bool installCatalogue(
    QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

/// Whether the locale's first UI language is English, the language of the source strings.
bool isEnglish(const QLocale &locale)
{
    const QStringList languages = locale.uiLanguages();
    return !languages.isEmpty()
        && (languages.constFirst() == u"C" || languages.constFirst().startsWith(u"en"));
}

} // namespace

bool installTranslations(QCoreApplication &app, const QString &language)
{
    removeOurTranslators(app);
    const QString code = language.trimmed();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty()) {
        // QLocale("xx") falls back to the C locale: an unknown code is not a language.
        if (locale.language() == QLocale::C && code != u"C")
            return false;
        QLocale::setDefault(locale);
    }
    if (isEnglish(locale)) {
        CountryNames::setCurrent({});
        return true;
    }
    const bool ours = installCatalogue(app, locale, catalogueName, catalogueFolder);
    // Country names follow the menus: in the catalogue's language, or English.
    CountryNames::setCurrent(ours ? CountryNames::load(locale.name()) : CountryNames {});
    if (ours) {
        // Qt's own strings (dialog buttons, context menus), when the system has them.
        installCatalogue(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return ours;
}

QStringList availableTranslations()
{
    const QString prefix = catalogueName + u'_';
    QStringList languages;
    const QStringList files
        = QDir(catalogueFolder).entryList({ prefix + u"*.qm" }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    return languages;
}

} // namespace re
