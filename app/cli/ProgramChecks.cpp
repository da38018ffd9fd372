// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProgramChecks.h"

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QPluginLoader>
#include <QSet>
#include <QStringDecoder>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CommandLine)
};

/// The bytes of `argument` with every byte outside printable ASCII written \xHH.
QString escapedBytes(const QByteArray &argument)
{
    QString result;
    for (const char byte : argument) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x20 && b < 0x7F)
            result += QLatin1Char(byte);
        else
            result += QStringLiteral("\\x")
                + QString::number(uint(b), 16).toUpper().rightJustified(2, u'0');
    }
    return result;
}

/// The keys of every platform plugin installed where Qt looks for them.
QStringList installedPlatforms()
{
    QStringList folders
        = qEnvironmentVariable("QT_QPA_PLATFORM_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts);
    const QStringList pluginPaths
        = qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts)
        + QStringList { QLibraryInfo::path(QLibraryInfo::PluginsPath) };
    for (const QString &path : pluginPaths)
        folders.append(path + QStringLiteral("/platforms"));
    QSet<QString> keys;
    for (const QString &folder : std::as_const(folders)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList(QDir::Files)) {
            const QJsonObject meta = QPluginLoader(dir.filePath(name)).metaData();
            for (const QJsonValue &key :
                meta.value(u"MetaData").toObject().value(u"Keys").toArray())
                keys.insert(key.toString().toLower());
        }
    }
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    return sorted;
}

} // namespace

QString invalidUtf8Argument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        QStringDecoder utf8(QStringConverter::Utf8);
        [[maybe_unused]] const QString decoded = utf8(argument);
        if (utf8.hasError()) {
            return Tr::tr("%1: the name is not valid UTF-8 text, and Qt programs open only "
                          "names that are: rename the file")
                .arg(escapedBytes(argument));
        }
    }
    return {};
}

QString unavailablePlatform(const QStringList &arguments)
{
    QString asked;
    QString source;
    const qsizetype option = arguments.indexOf(QStringLiteral("-platform"));
    if (option > 0 && option + 1 < arguments.size()) {
        asked = arguments.at(option + 1);
        source = QStringLiteral("-platform ") + asked;
    } else if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        asked = qEnvironmentVariable("QT_QPA_PLATFORM");
        source = QStringLiteral("QT_QPA_PLATFORM=") + asked;
    } else {
        return {};
    }
    const QStringList installed = installedPlatforms();
    if (installed.isEmpty())
        return {}; // nothing found where we looked: let Qt look in its other places
    // "xcb;offscreen" names fallbacks; "offscreen:fontengine=freetype" adds options.
    for (const QString &candidate : asked.split(u';', Qt::SkipEmptyParts)) {
        if (installed.contains(candidate.section(u':', 0, 0).trimmed().toLower()))
            return {};
    }
    return Tr::tr("%1: no installed Qt platform plugin has that name (installed: %2)")
        .arg(escapedForOneLine(source), installed.join(QStringLiteral(", ")));
}

} // namespace re
