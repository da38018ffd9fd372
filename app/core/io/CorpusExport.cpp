// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CorpusExport.h"

#include "io/ActionExport.h"
#include "io/DocumentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace re {

namespace {

constexpr char LineEnd[] = "\r\n";

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + LineEnd;
}

} // namespace

QByteArray corpusStatementsToCsv(const QList<CorpusStatement> &statements)
{
    QByteArray csv = QByteArray(CorpusStatementCsvHeader) + LineEnd;
    for (const CorpusStatement &statement : statements) {
        csv += csvRow({ statement.reference, statement.title,
            statement.date.isValid() ? statement.date.toString(Qt::ISODate) : QString(),
            statement.actionId, statement.kind, statement.sectionTitle, statement.text });
    }
    return csv;
}

QByteArray corpusStatementsToJson(const QList<CorpusStatement> &statements)
{
    JsonWriter writer;
    writer.beginArray();
    for (const CorpusStatement &statement : statements) {
        writer.beginObject();
        writer.field("reference"_L1, statement.reference);
        writer.field("title"_L1, statement.title);
        writer.key("date"_L1);
        if (statement.date.isValid())
            writer.string(statement.date.toString(Qt::ISODate));
        else
            writer.null();
        writer.field("id"_L1, statement.actionId);
        writer.field("verb"_L1, statement.kind);
        writer.field("section_title"_L1, statement.sectionTitle);
        writer.field("text"_L1, statement.text);
        writer.endObject();
    }
    writer.endArray();
    return writer.data();
}

std::optional<QByteArray> corpusStatementsExport(
    const QList<CorpusStatement> &statements, const QString &pathOrDash, QString *error)
{
    if (pathOrDash == u"-" || pathOrDash.endsWith(u".csv", Qt::CaseInsensitive))
        return corpusStatementsToCsv(statements);
    if (pathOrDash.endsWith(u".json", Qt::CaseInsensitive))
        return corpusStatementsToJson(statements);
    if (error) {
        *error = QCoreApplication::translate("re::ActionExport",
            "cannot export actions to %1: the file name must end in .csv or .json")
                     .arg(QDir::toNativeSeparators(pathOrDash));
    }
    return std::nullopt;
}

QString corpusDocumentLabel(const LibraryEntry &entry)
{
    return entry.reference.isEmpty() ? QFileInfo(entry.sourcePath).fileName() : entry.reference;
}

QByteArray corpusMatrixToCsv(const CorpusMatrix &matrix)
{
    QStringList header { u"entity"_s, u"name"_s, u"kind"_s, u"resolutions"_s, u"statements"_s,
        u"role_changes"_s };
    QHash<qint64, qsizetype> column;
    for (const LibraryEntry &entry : matrix.documents) {
        column.insert(entry.id, header.size());
        header.append(corpusDocumentLabel(entry));
    }
    QByteArray csv = csvRow(header);
    for (const MatrixRow &row : matrix.rows) {
        QStringList fields { row.entityId, row.name, row.kind, QString::number(row.cells.size()),
            QString::number(row.statements), QString::number(row.roleChanges) };
        fields.resize(header.size());
        for (const MatrixCell &cell : row.cells) {
            const auto at = column.constFind(cell.documentId);
            if (at != column.constEnd())
                fields[*at] = u"%1:%2"_s.arg(cell.role).arg(cell.statements);
        }
        csv += csvRow(fields);
    }
    return csv;
}

} // namespace re
