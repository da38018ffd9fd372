// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/RealSummaries.h"
#include "import/DocumentLoader.h"
#include "library/Library.h"

// A library of the three real summaries, for the tests of what reads a library.
namespace re::test {

/// Adds the bundled, Myanmar and BEFIT summaries to `library`; false with the first problem
/// in *error.
inline bool addRealSummaries(Library &library, QString *error)
{
    for (const QString &path : { bundledSummaryPath(), myanmarSummaryPath(), befitSummaryPath() }) {
        const std::optional<Document> document = loadDocumentFile(path, error);
        if (!document || !library.addDocument(*document, path, error))
            return false;
    }
    return true;
}

} // namespace re::test
