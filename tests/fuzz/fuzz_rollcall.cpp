// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The roll-call CSV reader: parseCsv() on the bytes, then readRollCallFiles() on them saved as
// a CSV file (its header names the kind), once against the bundled document's totals and once
// against no totals.
#include "FuzzSupport.h"
#include "vote/CsvTable.h"
#include "vote/RollCallReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace re;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString error;
    if (!parseCsv(bytes, &error))
        fuzz::checkError(error);

    const QString path = fuzz::writeScratch(QStringLiteral("roll-call.csv"), bytes);
    Vote bundled;
    bundled.votesFor = 440;
    bundled.against = 119;
    bundled.abstentions = 85;
    bundled.seats = 720;
    for (const Vote &totals : { bundled, Vote() }) {
        error.clear();
        const std::optional<Vote> vote = readRollCallFiles({ path }, totals, &error);
        if (!vote) {
            fuzz::checkError(error);
            continue;
        }
        if (totals.cast() > 0 && vote->cast() != totals.cast())
            fuzz::fail("the roll call changed the totals it was checked against");
    }
    return 0;
}
