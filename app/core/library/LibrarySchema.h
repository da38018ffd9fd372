// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace re {

/// PRAGMA application_id of a library ("RELB"): a SQLite file of another program is refused.
constexpr int LibraryApplicationId = 0x52454C42;

/// One step of the schema: the SQL statements that take a library from version i to i + 1,
/// then, when the new tables need what only the saved documents hold, `fill` (run in the same
/// transaction).
struct LibrarySchemaStep
{
    LibrarySchemaStep(
        QStringList statements, std::function<bool(const QSqlDatabase &, QString *)> fillStep = {})
        : sql(std::move(statements)), fill(std::move(fillStep))
    { }
    QStringList sql;
    std::function<bool(const QSqlDatabase &db, QString *error)> fill;
};

/// The steps from version 0 (an empty database; step 0 creates schema 1) to
/// Library::SchemaVersion, one per version.
const QList<LibrarySchemaStep> &librarySchemaSteps();

/// The database's PRAGMA user_version; nullopt with the driver's sentence in *error when it
/// cannot be read (not a SQLite database).
std::optional<int> libraryVersion(const QSqlDatabase &db, QString *error);

/// Brings the database from its user_version to steps.size(), each step in one transaction
/// with the new user_version. False with one sentence in *error: the failing step is rolled
/// back, the steps before it stay done.
bool migrateLibrary(const QSqlDatabase &db, const QList<LibrarySchemaStep> &steps, QString *error);
/// The same for steps of SQL statements only.
bool migrateLibrary(const QSqlDatabase &db, const QList<QStringList> &steps, QString *error);

} // namespace re
