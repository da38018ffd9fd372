// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// Files larger than this are refused before they are read.
constexpr qint64 MaxInputBytes = 64 * 1024 * 1024;

/// Reads any file a user can open: an OEIL summary (.md, .txt, .html/.htm) or a saved .json
/// document. Returns nullopt with one sentence in *error naming the problem (not the file:
/// callers add the file name).
std::optional<Document> loadDocumentFile(const QString &path, QString *error);
/// The file name suffixes (lower case) taken as summaries or saved documents where files are
/// chosen by name: a dropped file, a folder's files.
const QStringList &documentFileSuffixes();

/// Reads an OEIL summary page as fetched (HTML), as loadDocumentFile() reads a saved one. The
/// document's sourceName is left empty for the caller.
std::optional<Document> loadHtmlSummary(const QByteArray &html, QString *error);

/// One sentence when nothing in an opened document reads like an OEIL summary (no vote
/// sentence, no heading and no statement of Parliament): it opens, with this warning, never
/// silently as an untitled resolution. Empty for a document that looks like a summary.
QString summaryWarning(const Document &document);

/// The bundled resolution: the importer's output on the verbatim source in the resources
/// (bundledSourcePath()). The build imports it once (app/precompute) and keeps the result in
/// the saved-document format as ":/data/bundled-document.json", which this reads: the same
/// document (a test compares it with importBundledSummary()) without the import at start-up.
Document bundledDocument();

/// Imports the verbatim bundled summary afresh: what the build precomputes for bundledDocument().
Document importBundledSummary();

/// The path of the bundled source inside the resources.
QString bundledSourcePath();

} // namespace re
