// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace re {

std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    const auto fail = [error](const QString &sentence) -> std::optional<QByteArray> {
        *error = sentence;
        return std::nullopt;
    };
    if (!info.exists())
        return fail(QCoreApplication::translate("re::Files", "the file does not exist"));
    if (info.isDir())
        return fail(QCoreApplication::translate("re::Files", "it is a folder, not a file"));
    // Asked before opening: opening a pipe waits for a writer.
    if (!info.isFile()) {
        return fail(QCoreApplication::translate(
            "re::Files", "it is not a regular file but a pipe, a device or a socket"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("re::Files", "the file cannot be read (%1)")
                        .arg(file.errorString()));
    }
    if (file.size() > maxBytes) {
        return fail(QCoreApplication::translate(
            "re::Files", "the file is %1 MB, larger than the %2 MB limit")
                        .arg(file.size() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024)));
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file.size(), maxBytes)) + 1);
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        return fail(QCoreApplication::translate("re::Files", "the file cannot be read (%1)")
                        .arg(file.errorString()));
    }
    if (bytes.size() > maxBytes) {
        return fail(
            QCoreApplication::translate("re::Files", "the file is larger than the %1 MB limit")
                .arg(maxBytes / (1024 * 1024)));
    }
    return bytes;
}

} // namespace re
