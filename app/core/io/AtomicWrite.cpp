// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AtomicWrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace re {

namespace {

/// "cannot write <path>: <reason>" with the reason squeezed into one line, no final stop.
QString writeError(const QString &path, const QString &reason)
{
    QString why = reason.simplified();
    while (why.endsWith(u'.'))
        why.chop(1);
    if (why.isEmpty())
        why = QCoreApplication::translate("re::AtomicWrite", "unknown error");
    return QCoreApplication::translate("re::AtomicWrite", "cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    AtomicWriteBatch batch;
    return batch.add(path, data, error) && batch.commit(error);
}

AtomicWriteBatch::AtomicWriteBatch() = default;
AtomicWriteBatch::~AtomicWriteBatch() = default; // QSaveFile's destructor drops what is left

bool AtomicWriteBatch::add(const QString &path, const QByteArray &data, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = writeError(path, reason);
        return false;
    };
    if (path.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "re::AtomicWrite", "cannot write: no file name given");
        return false;
    }

    auto file = std::make_unique<QSaveFile>(path);
    // Never fall back to writing the target in place: that is what would leave half a file.
    file->setDirectWriteFallback(false);
    if (!file->open(QIODevice::WriteOnly))
        return fail(file->errorString());
    // Write until done or refused: a short write alone sets no error, the next attempt
    // brings out the reason (file too large, disk full...).
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 chunk = file->write(data.constData() + written, data.size() - written);
        if (chunk <= 0)
            break;
        written += chunk;
    }
    if (written != data.size()) {
        const QString reason = file->error() != QFileDevice::NoError
            ? file->errorString()
            : QCoreApplication::translate("re::AtomicWrite", "only %1 of %2 bytes were written")
                  .arg(written)
                  .arg(data.size());
        file->cancelWriting();
        return fail(reason);
    }
    // Qt 6.4's commit() does not see a failure to flush its write buffer (a small file on a
    // full disk would replace the old one truncated): flush now and check.
    if (!file->flush()) {
        const QString reason = file->errorString();
        file->cancelWriting();
        return fail(reason);
    }
    m_files.push_back(std::move(file));
    return true;
}

bool AtomicWriteBatch::commit(QString *error)
{
    for (const std::unique_ptr<QSaveFile> &file : m_files) {
        if (!file->commit()) {
            if (error)
                *error = writeError(file->fileName(), file->errorString());
            m_files.clear();
            return false;
        }
    }
    m_files.clear();
    return true;
}

} // namespace re
