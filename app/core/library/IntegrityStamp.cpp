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

/// One key per file, whatever its path's characters.
QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return SettingsGroup + u'/'
        + QString::fromLatin1(QCryptographicHash::hash(
            (canonical.isEmpty() ? path : canonical).toUtf8(), QCryptographicHash::Sha1)
                                  .toHex());
}

} // namespace

bool isKnownWhole(const QString &path)
{
    const QString stamp = stampOf(path);
    return !stamp.isEmpty() && QSettings().value(keyOf(path)).toString() == stamp;
}

void rememberWhole(const QString &path)
{
    // Every open remembers the file: the settings are written only when the stamp changed.
    const QString stamp = stampOf(path);
    QSettings settings;
    const QString key = keyOf(path);
    if (!stamp.isEmpty() && settings.value(key).toString() != stamp)
        settings.setValue(key, stamp);
}

void forget(const QString &path)
{
    QSettings().remove(keyOf(path));
}

} // namespace re::integrity
