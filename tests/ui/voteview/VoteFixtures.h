// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "vote/RollCallReader.h"

#include <QString>

namespace re::test {

/// A document like the bundled one as far as the vote goes: totals only, no seats.
inline Document totalsOnlyDocument()
{
    Document document;
    document.procedure.reference = QStringLiteral("2025/2119(INI)");
    document.procedure.title = QStringLiteral("EU strategic defence and security partnerships");
    document.procedure.date = QDate(2026, 2, 11);
    Vote vote;
    vote.votesFor = 440;
    vote.against = 119;
    vote.abstentions = 85;
    document.vote = vote;
    return document;
}

/// The same with the synthetic roll-call files of tests/data/vote attached.
inline Document rollCallDocument()
{
    Document document = totalsOnlyDocument();
    QString error;
    document.vote = readRollCall(QStringLiteral(RE_TEST_DATA "/vote"), *document.vote, &error);
    Q_ASSERT_X(document.vote, "rollCallDocument", qPrintable(error));
    return document;
}

} // namespace re::test
