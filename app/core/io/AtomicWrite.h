// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

class QSaveFile;

namespace re {

/// Writes data to path through QSaveFile: the data goes to a temporary file in the same
/// folder that replaces the old file only once all of it is written. On failure the old file
/// (if any) is left untouched, no temporary file remains, and *error (when not null) holds one
/// sentence such as "cannot write /x/y.json: Permission denied".
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

/// Several files written all or nothing (the command line's jobs of one run). add() writes each
/// file's data to its temporary file at once, so that every destination is checked before any
/// is replaced; commit() then replaces them all. A batch dropped without commit() leaves every
/// target untouched and no temporary file. Errors read as writeFileAtomically()'s.
class AtomicWriteBatch
{
public:
    AtomicWriteBatch();
    ~AtomicWriteBatch();
    AtomicWriteBatch(const AtomicWriteBatch &) = delete;
    AtomicWriteBatch &operator=(const AtomicWriteBatch &) = delete;

    bool add(const QString &path, const QByteArray &data, QString *error);
    /// Replaces every target; stops at the first that fails (the ones before it stay
    /// replaced: renaming in one folder fails only when the folder itself changed meanwhile).
    bool commit(QString *error);

private:
    std::vector<std::unique_ptr<QSaveFile>> m_files;
};

} // namespace re
