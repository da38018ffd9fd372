// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// PRAGMA application_id of a library ("RELB"): a SQLite file of another program is refused.
constexpr int LibraryApplicationId = 0x52454C42;

/// The SQL statements that take a library from version i to version i + 1 (PRAGMA
/// user_version), for each i from 0: version 0 is an empty database, step 0 creates schema 1.
/// Library::SchemaVersion is the number of steps.
const QList<QStringList> &librarySchemaSteps();

/// The database's PRAGMA user_version; nullopt with the driver's sentence in *error when it
/// cannot be read (not a SQLite database).
std::optional<int> libraryVersion(const QSqlDatabase &db, QString *error);

/// Brings the database from its user_version to steps.size(), each step in one transaction
/// with the new user_version. False with one sentence in *error: the failing step is rolled
/// back, the steps before it stay done.
bool migrateLibrary(const QSqlDatabase &db, const QList<QStringList> &steps, QString *error);

} // namespace re
