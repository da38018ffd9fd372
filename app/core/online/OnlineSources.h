// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace re {

/// The addresses of the sites the program fetches from, and of their pages.
///
/// The sites are the Legislative Observatory (https://oeil.europarl.europa.eu) and
/// HowTheyVote.eu (https://howtheyvote.eu). Tests and mirrors point the program elsewhere
/// through two environment variables, read at each call (docs/ONLINE.md):
///   RE_OEIL_BASE_URL          e.g. http://127.0.0.1:8080
///   RE_HOWTHEYVOTE_BASE_URL   e.g. http://127.0.0.1:8080
/// A base address must be https, or http on the loopback interface (tests).
namespace OnlineSources {

QUrl oeilBase();
QUrl howTheyVoteBase();

/// https://oeil.europarl.europa.eu/oeil/en/procedure-file?reference=2025/2119(INI)
QUrl procedureFileUrl(const QString &reference);
/// https://oeil.europarl.europa.eu/oeil/en/document-summary?id=N
QUrl documentSummaryUrl(const QString &summaryId);
/// https://howtheyvote.eu/api/votes/search?q=2025/2119(INI)&page_size=100
QUrl voteSearchUrl(const QString &reference);
/// https://howtheyvote.eu/api/votes/ID/groups.csv (kind: "groups", "countries", "members")
QUrl voteCsvUrl(const QString &voteId, const QString &kind);
/// The vote's page for people: https://howtheyvote.eu/votes/ID
QUrl votePageUrl(const QString &voteId);

/// Whether a base address may be used: https, or http to 127.0.0.1, ::1 or localhost.
bool isAllowedBase(const QUrl &url);

/// What the user typed in "Open Procedure": a procedure reference or an OEIL address.
struct ProcedureInput
{
    QString reference; ///< "2025/2119(INI)", when the input names a procedure
    QString summaryId; ///< "1651118", when the input is the address of a document summary
};

/// Reads a procedure reference ("2025/2119(INI)", "2025/2119 (ini)", "2025/2119(INI) " ...)
/// or an OEIL address, in its current or older form (procedure-file?reference=...,
/// document-summary?id=N, popups/ficheprocedure.do?reference=..., popups/summary.do?id=N).
/// Returns nullopt with one sentence in *error otherwise.
std::optional<ProcedureInput> parseProcedureInput(const QString &text, QString *error);

/// The canonical form of a procedure reference ("2025/2119(INI)"), or an empty string.
QString canonicalReference(const QString &text);

} // namespace OnlineSources

} // namespace re
