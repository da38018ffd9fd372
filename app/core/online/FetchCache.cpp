// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/FetchCache.h"

#include "io/AtomicWrite.h"
#include "io/FileRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace re {

FetchCache::FetchCache(const QString &folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{ }

QString FetchCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/online"_s;
}

QString FetchCache::baseName(const QUrl &url) const
{
    const QByteArray key = url.toEncoded(QUrl::FullyEncoded);
    return m_folder + u"/pages/"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
}

std::optional<FetchedPage> FetchCache::find(const QUrl &url) const
{
    const QString base = baseName(url);
    QFile about(base + u".json"_s);
    if (!about.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(about.read(64 * 1024)).object();
    // A hash is never trusted alone: the description names the address it is of.
    if (object.value("url"_L1).toString() != QString::fromLatin1(url.toEncoded()))
        return std::nullopt;
    QString error;
    const std::optional<QByteArray> body
        = readUserFile(base + u".body"_s, WebClient::DefaultMaxBody, &error);
    if (!body)
        return std::nullopt;
    FetchedPage page;
    page.url = url;
    page.body = *body;
    page.contentType = object.value("content_type"_L1).toString();
    page.fetched = QDateTime::fromString(object.value("fetched"_L1).toString(), Qt::ISODate);
    page.fromCache = true;
    return page;
}

bool FetchCache::store(const FetchedPage &page, QString *error) const
{
    const QString base = baseName(page.url);
    if (!QDir().mkpath(QFileInfo(base).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate(
                "re::FetchCache", "The cache folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QJsonObject about;
    about.insert("url"_L1, QString::fromLatin1(page.url.toEncoded()));
    about.insert("fetched"_L1, page.fetched.toUTC().toString(Qt::ISODate));
    about.insert("content_type"_L1, page.contentType);
    return writeFileAtomically(base + u".body"_s, page.body, error)
        && writeFileAtomically(
            base + u".json"_s, QJsonDocument(about).toJson(QJsonDocument::Indented), error);
}

QString FetchCache::documentPath(const QString &reference) const
{
    QString name = reference;
    name.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"-"_s);
    while (name.endsWith(u'-'))
        name.chop(1);
    return m_folder + u"/documents/"_s + name + u".json"_s;
}

} // namespace re
