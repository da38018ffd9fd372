// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Citation.h"

#include <QCoreApplication>
#include <QStringList>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::Citation)
};

/// Typographic quotation marks around `text`, as the language writes them.
QString quoted(const QString &text)
{
    return Tr::tr("“%1”").arg(text);
}

} // namespace

QString citation(const Document &document, int actionIndex)
{
    const Procedure &procedure = document.procedure;
    QStringList parts;
    parts << (procedure.title.isEmpty()
            ? Tr::tr("European Parliament resolution")
            : Tr::tr("European Parliament resolution %1").arg(quoted(procedure.title)));
    if (!procedure.reference.isEmpty())
        parts << procedure.reference;
    if (procedure.date.isValid())
        parts << procedure.date.toString(QStringLiteral("dd/MM/yyyy"));
    if (actionIndex >= 0 && actionIndex < document.actions.size()) {
        const int section = document.actions.at(actionIndex).section;
        if (section >= 0 && section < document.sections.size())
            parts << Tr::tr("section %1").arg(quoted(document.sections.at(section).title));
    }
    QString line = parts.join(QStringLiteral(", ")) + u'.';
    line += u' '
        + (procedure.sourceUrl.isEmpty()
                ? Tr::tr("Source: Legislative Observatory (OEIL) summary.")
                : Tr::tr("Source: Legislative Observatory (OEIL) summary, %1.")
                      .arg(procedure.sourceUrl));
    return line;
}

QString quotedWithCitation(const Document &document, int actionIndex)
{
    if (actionIndex < 0 || actionIndex >= document.actions.size())
        return {};
    return quoted(document.actions.at(actionIndex).text) + u'\n' + citation(document, actionIndex);
}

} // namespace re
