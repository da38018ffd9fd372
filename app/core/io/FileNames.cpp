// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/FileNames.h"

#include "document/Document.h"

namespace re {

QString suggestedFileName(const Document &document, const QString &part, const QString &suffix)
{
    QString name;
    // Letters, digits and dots of the reference; every other run becomes one '-'.
    for (const QChar c : document.procedure.reference) {
        if (c.isLetterOrNumber() || c == u'.')
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("resolution");
    if (!part.isEmpty())
        name += u'-' + part;
    return name + u'.' + suffix;
}

} // namespace re
