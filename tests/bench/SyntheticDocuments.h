// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QString>

namespace re::bench {

/// A large synthetic document for the filter benchmarks: `actionCount` actions with sentences
/// of 12 to 28 words from a fixed vocabulary, 0 to 3 entities (among 200 synthetic countries
/// and 10 groupings of them), 1 to 2 of 20 themes, spread over a two-level section tree.
/// Deterministic for a seed. Nothing in it is real: it only has the shape of a document.
Document makeSyntheticDocument(int actionCount, quint32 seed = 1);

/// A synthetic OEIL summary in the Markdown form: title, reference line, a vote sentence and
/// `paragraphCount` paragraphs under headings every 20 paragraphs, naming real countries
/// and organisations so that the importer does all its work.
QByteArray makeSyntheticSummary(int paragraphCount, quint32 seed = 1);

/// The `index`th summary of a synthetic corpus: as makeSyntheticSummary(), with its own
/// reference (year/NNNN(INI)), date (a day after the one before, from 2099) and vote.
QByteArray makeSyntheticCorpusSummary(int index, int paragraphCount, quint32 seed = 1);

/// Writes the first `count` summaries of that corpus (`paragraphCount` paragraphs each) into
/// `folder` as synthetic-NNNNN.md; their total size in bytes, or -1 when one could not be
/// written.
qint64 writeSyntheticCorpus(const QString &folder, int count, int paragraphCount);

/// Word stems the filter benchmarks type: each appears in some of the synthetic sentences.
inline constexpr const char *syntheticTypedWord = "security";

} // namespace re::bench
