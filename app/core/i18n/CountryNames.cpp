// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/CountryNames.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QReadWriteLock>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The iso-codes files are small (the JSON about 50 kB, a catalogue about 30 kB); anything far
/// larger is not one of them.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes)
        return {};
    return file.readAll();
}

QReadWriteLock currentLock;
CountryNames &currentNames()
{
    static CountryNames names;
    return names;
}

} // namespace

std::optional<QHash<QString, QString>> readMoCatalogue(const QByteArray &bytes)
{
    // Header: magic, revision, count, offset of the originals' table, of the translations'.
    if (bytes.size() < 20)
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 magic = qFromLittleEndian<quint32>(data);
    bool little = true;
    if (magic == 0xde120495u)
        little = false;
    else if (magic != 0x950412deu)
        return std::nullopt;
    const auto word = [&](qsizetype at) -> std::optional<quint32> {
        if (at < 0 || at + 4 > bytes.size())
            return std::nullopt;
        return little ? qFromLittleEndian<quint32>(data + at) : qFromBigEndian<quint32>(data + at);
    };
    const auto count = word(8);
    const auto originals = word(12);
    const auto translations = word(16);
    if (!count || !originals || !translations || *count > quint32(bytes.size() / 8))
        return std::nullopt;
    const auto string = [&](quint32 table, quint32 index) -> std::optional<QByteArray> {
        const auto length = word(qsizetype(table) + qsizetype(index) * 8);
        const auto offset = word(qsizetype(table) + qsizetype(index) * 8 + 4);
        if (!length || !offset || qsizetype(*offset) + qsizetype(*length) > bytes.size())
            return std::nullopt;
        return bytes.mid(*offset, *length);
    };
    QHash<QString, QString> catalogue;
    for (quint32 i = 0; i < *count; ++i) {
        const auto id = string(*originals, i);
        const auto text = string(*translations, i);
        if (!id || !text)
            return std::nullopt;
        // The header (empty id), ids with a context ("ctxt\x04id") or plural forms ("id\0ids")
        // are not country names.
        if (id->isEmpty() || id->contains('\x04') || id->contains('\0') || text->isEmpty())
            continue;
        catalogue.insert(QString::fromUtf8(*id), QString::fromUtf8(*text));
    }
    return catalogue;
}

CountryNames CountryNames::load(
    const QString &language, const QString &isoCodesFolder, const QString &localeFolder)
{
    CountryNames names;
    names.m_language = language;
    if (language.isEmpty() || language.startsWith(u"en"_s) || language == u"C"_s)
        return names;
    // "de_AT" -> de_AT, then de.
    QStringList candidates { language };
    if (const qsizetype cut = language.indexOf(u'_'); cut > 0)
        candidates << language.left(cut);
    std::optional<QHash<QString, QString>> catalogue;
    for (const QString &candidate : std::as_const(candidates)) {
        catalogue = readMoCatalogue(
            readSmallFile(localeFolder + u'/' + candidate + u"/LC_MESSAGES/iso_3166-1.mo"_s));
        if (catalogue)
            break;
    }
    if (!catalogue)
        return names;
    const QJsonArray countries
        = QJsonDocument::fromJson(readSmallFile(isoCodesFolder + u"/iso_3166-1.json"_s))
              .object()
              .value("3166-1"_L1)
              .toArray();
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        const QString code = country.value("alpha_3"_L1).toString();
        // The common name ("South Korea") reads better than the formal one ("Korea, Republic
        // of") where the list gives both, if it is translated.
        for (const char *key : { "common_name", "name" }) {
            const QString english = country.value(QLatin1String(key)).toString();
            const QString translated = catalogue->value(english);
            if (!english.isEmpty() && !translated.isEmpty()) {
                names.m_names.insert(code, translated);
                break;
            }
        }
    }
    // ISO writes some names inverted for sorting, and their translations too: "Russie,
    // Fédération de", "Iran, République islamique d'". The part before the comma is the name
    // people use, unless it is another country's name as well (the two Congos).
    QHash<QString, int> shortUses;
    for (const QString &name : std::as_const(names.m_names))
        ++shortUses[name.section(u", "_s, 0, 0)];
    for (auto it = names.m_names.begin(); it != names.m_names.end(); ++it) {
        const QString shortName = it.value().section(u", "_s, 0, 0);
        if (shortName != it.value() && shortUses.value(shortName) == 1)
            it.value() = shortName;
    }
    return names;
}

CountryNames CountryNames::current()
{
    const QReadLocker lock(&currentLock);
    return currentNames();
}

void CountryNames::setCurrent(CountryNames names)
{
    const QWriteLocker lock(&currentLock);
    currentNames() = std::move(names);
}

QString CountryNames::name(const QString &alpha3, const QString &fallback) const
{
    return m_names.value(alpha3, fallback);
}

QString displayName(const Entity &entity)
{
    // Organisations, groupings and institutions the gazetteer knows are translated by the
    // program's catalogue (GazetteerLabels); any other name stays as the document gives it.
    if (entity.kind != EntityKind::Country)
        return QCoreApplication::translate("re::Gazetteer", entity.name.toUtf8().constData());
    return CountryNames::current().name(entity.id, entity.name);
}

} // namespace re
