// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The summary importer as a user meets it: loadDocumentFile() on a file named *.RE_FUZZ_SUFFIX
// (md, txt or html), i.e. size limit, decoding, binary check, the reader, block normalisation
// and the document builder. Built once per suffix (see CMakeLists.txt).
#include "FuzzSupport.h"
#include "import/DocumentLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace re;
    const QString path
        = fuzz::writeScratch(QStringLiteral("input." RE_FUZZ_SUFFIX), fuzz::bytesOf(data, size));
    QString error;
    const std::optional<Document> document = loadDocumentFile(path, &error);
    if (!document) {
        fuzz::checkError(error);
        return 0;
    }
    fuzz::checkRoundTrip(*document);
    return 0;
}
