// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The real summaries the tests read, each spelt once: the bundled one in resources/ and the
// recorded OEIL pages in tests/data/import/real (RE_SOURCE_DIR and RE_TEST_DATA are defined
// for every test target).
namespace re::test {

inline QString bundledSummaryPath()
{
    return QStringLiteral(RE_SOURCE_DIR "/resources/2025-2119-INI-summary.md");
}

/// 2021/2540(RSP), the military coup in Myanmar: an urgency resolution on a country.
inline QString myanmarSummaryPath()
{
    return QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html");
}

/// 2023/0321(CNS), the BEFIT directive: a legislative summary.
inline QString befitSummaryPath()
{
    return QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1864147.html");
}

} // namespace re::test
