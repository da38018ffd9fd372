// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The saved-document reader: documentFromJson() on any bytes; what it accepts must save and
// read back unchanged.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace re;
    QString error;
    const std::optional<Document> document = documentFromJson(fuzz::bytesOf(data, size), &error);
    if (!document) {
        fuzz::checkError(error);
        return 0;
    }
    fuzz::checkRoundTrip(*document);
    return 0;
}
