// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QHash>
#include <QString>
#include <optional>

namespace re {

/// Reads a GNU gettext catalogue (.mo): msgid -> msgstr, contexts and plural forms left out.
/// Hand-written because glibc's gettext answers in the process's locale (ignoring LANGUAGE
/// under the C locales scripts and tests run in), not in the language the program was asked
/// for with --lang, and Qt reads no .mo files. nullopt for a file that is not a catalogue.
std::optional<QHash<QString, QString>> readMoCatalogue(const QByteArray &bytes);

/// Country names in the user's language, from Debian's iso-codes: the ISO 3166-1 list
/// (/usr/share/iso-codes/json/iso_3166-1.json: alpha-3 code -> English common name or name)
/// and its translations (/usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo). The documents
/// keep the English names of the summaries; the views show these.
class CountryNames
{
public:
    /// The names for `language` ("fr", "de_AT"; empty or English: none), read from the
    /// iso-codes files under `isoCodesFolder` and `localeFolder`.
    static CountryNames load(const QString &language,
        const QString &isoCodesFolder = QStringLiteral("/usr/share/iso-codes/json"),
        const QString &localeFolder = QStringLiteral("/usr/share/locale"));

    /// The names of the language the program's translations were installed for
    /// (installTranslations() sets them).
    static CountryNames current();
    static void setCurrent(CountryNames names);

    /// The name of the country `alpha3` in the language, or `fallback` (the document's name)
    /// when iso-codes has none (Kosovo, XKX, is not in ISO 3166-1) or the language is English.
    QString name(const QString &alpha3, const QString &fallback) const;
    QString language() const { return m_language; }
    qsizetype size() const { return m_names.size(); }

private:
    QString m_language;
    QHash<QString, QString> m_names; ///< alpha-3 -> translated name
};

/// The name an entity is shown by, in the user's language: a country's from iso-codes
/// (CountryNames), a known organisation's, grouping's or institution's from the program's
/// catalogue; any other as the document gives it.
QString displayName(const Entity &entity);

} // namespace re
