// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ActionExport.h"

#include "io/DocumentJson.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace re {

namespace {

const QString ListSeparator = u"; "_s;

/// The names of the entities an action names, in its order; an id the document does not
/// list (or an entity without a name) stands for itself.
QStringList entityNames(const Document &document, const Action &action)
{
    QStringList names;
    for (const QString &id : action.entities) {
        const int index = document.entityIndex(id);
        const QString name = index >= 0 ? document.entities.at(index).name : QString();
        names.append(name.isEmpty() ? id : name);
    }
    return names;
}

QString sectionField(const Document &document, const Action &action, bool title)
{
    if (action.section < 0 || action.section >= document.sections.size())
        return {};
    const Section &section = document.sections.at(action.section);
    return title ? section.title : section.id;
}

/// Every act's kind, with "(implicit)" after an act not said in the statement's own words.
QStringList actKinds(const Action &action)
{
    QStringList kinds;
    for (const SpeechAct &act : action.acts)
        kinds.append(act.implicit ? verbKindKey(act.kind) + QStringLiteral(" (implicit)")
                                  : verbKindKey(act.kind));
    return kinds;
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field.prepend('"');
        field.append('"');
    }
    return field;
}

QByteArray actionsToCsv(const Document &document, const QList<int> &actionIndexes)
{
    static const QByteArray lineEnd = "\r\n";
    QByteArray csv = QByteArray(ActionCsvHeader) + lineEnd;
    for (int index : actionIndexes) {
        if (index < 0 || index >= document.actions.size())
            continue;
        const Action &action = document.actions.at(index);
        const QString paragraph
            = action.paragraph >= 0 && action.paragraph < document.paragraphs.size()
            ? document.paragraphs.at(action.paragraph).id
            : QString();
        const QList<QString> fields {
            action.id,
            verbKindKey(action.verb),
            action.text,
            action.addressees.join(ListSeparator),
            action.entities.join(ListSeparator),
            entityNames(document, action).join(ListSeparator),
            action.themes.join(ListSeparator),
            sectionField(document, action, false),
            sectionField(document, action, true),
            paragraph,
            actKinds(action).join(ListSeparator),
            document.procedure.reference,
        };
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += ',';
            csv += csvField(fields.at(i));
        }
        csv += lineEnd;
    }
    return csv;
}

QByteArray actionsToJson(const Document &document, const QList<int> &actionIndexes)
{
    JsonWriter writer;
    writer.beginArray();
    for (int index : actionIndexes) {
        if (index < 0 || index >= document.actions.size())
            continue;
        const Action &action = document.actions.at(index);
        writer.beginObject();
        writeActionFields(writer, document, action);
        writer.field("section_title"_L1, sectionField(document, action, true));
        writer.key("entity_names"_L1);
        writer.stringList(entityNames(document, action));
        writer.field("procedure"_L1, document.procedure.reference);
        writer.endObject();
    }
    writer.endArray();
    return writer.data();
}

std::optional<QByteArray> actionsExport(const Document &document, const QList<int> &actionIndexes,
    const QString &pathOrDash, QString *error)
{
    if (pathOrDash == u"-" || pathOrDash.endsWith(u".csv", Qt::CaseInsensitive))
        return actionsToCsv(document, actionIndexes);
    if (pathOrDash.endsWith(u".json", Qt::CaseInsensitive))
        return actionsToJson(document, actionIndexes);
    if (error) {
        *error = pathOrDash.isEmpty()
            ? QCoreApplication::translate(
                "re::ActionExport", "cannot export actions: no file name given")
            : QCoreApplication::translate("re::ActionExport",
                "cannot export actions to %1: the file name must end in .csv or .json")
                  .arg(QDir::toNativeSeparators(pathOrDash));
    }
    return std::nullopt;
}

} // namespace re
