// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/IntegrityStamp.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace re::integrity {

namespace {

/// The file's size and modification time; empty when it cannot be read. std::filesystem gives
/// the time to the nanosecond where QFileInfo gives milliseconds: a file damaged within the
/// millisecond it was closed would otherwise keep its stamp.
QString stampOf(const QString &path)
{
    std::error_code error;
    const std::filesystem::path file(path.toStdU16String());
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        return {};
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error)
        return {};
    return u"%1:%2"_s.arg(size).arg(qint64(modified.time_since_epoch().count()));
}

QString canonicalOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

/// One key per file, whatever its path's characters.
QString keyOf(const QString &path)
{
    return SettingsGroup + u'/'
        + QString::fromLatin1(
            QCryptographicHash::hash(canonicalOf(path).toUtf8(), QCryptographicHash::Sha1).toHex());
}

/// A stored value: the stamp, then '|' and the file's path, which lets forgetRemoved() find
/// the keys of files that are gone. An older value is the stamp alone.
QString stampPart(const QString &value)
{
    return value.section(u'|', 0, 0);
}

/// Drops the keys of files that no longer exist (temporary libraries, deleted ones): one key
/// per library ever opened would otherwise stay in the settings file for good.
void forgetRemoved(QSettings &settings)
{
    settings.beginGroup(SettingsGroup);
    const QStringList keys = settings.childKeys();
    for (const QString &key : keys) {
        const QString value = settings.value(key).toString();
        const qsizetype bar = value.indexOf(u'|');
        if (bar >= 0 && !QFileInfo::exists(value.mid(bar + 1)))
            settings.remove(key);
    }
    settings.endGroup();
}

} // namespace

bool isKnownWhole(const QString &path)
{
    const QString stamp = stampOf(path);
    return !stamp.isEmpty() && stampPart(QSettings().value(keyOf(path)).toString()) == stamp;
}

void rememberWhole(const QString &path)
{
    // Every open remembers the file: the settings are written only when the stamp changed,
    // and then the keys of files that are gone are dropped.
    const QString stamp = stampOf(path);
    if (stamp.isEmpty())
        return;
    const QString value = stamp + u'|' + canonicalOf(path);
    QSettings settings;
    const QString key = keyOf(path);
    if (settings.value(key).toString() == value)
        return;
    settings.setValue(key, value);
    forgetRemoved(settings);
}

void forget(const QString &path)
{
    QSettings().remove(keyOf(path));
}

} // namespace re::integrity
