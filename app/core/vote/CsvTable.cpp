// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/CsvTable.h"

#include <QCoreApplication>

namespace re {

int CsvTable::column(const QString &name) const
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed() == name)
            return i;
    }
    return -1;
}

std::optional<CsvTable> parseCsv(const QByteArray &data, QString *error)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);

    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    qsizetype fields = 0;

    auto endRecord = [&] {
        record.append(field);
        field.clear();
        // A line holding nothing at all is blank, not a record with one empty field.
        const bool blank = record.size() == 1 && record.first().isEmpty() && !fieldStarted;
        if (!blank) {
            if (table.header.isEmpty() && table.rows.isEmpty()) {
                table.header = record;
            } else {
                table.rows.append(record);
                table.lines.append(recordLine);
            }
        }
        record.clear();
        fieldStarted = false;
    };

    const auto tooMany = [&]() -> std::optional<CsvTable> {
        if (error) {
            *error = QCoreApplication::translate("re::Csv",
                "line %1: the file holds more than %L2 fields, more than any roll-call file")
                         .arg(line)
                         .arg(MaxCsvFields);
        }
        return std::nullopt;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
            if (++fields > MaxCsvFields)
                return tooMany();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            if (++fields > MaxCsvFields)
                return tooMany();
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        if (error)
            *error = QCoreApplication::translate("re::Csv", "line %1: a quoted field is not closed")
                         .arg(quoteLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !record.isEmpty() || fieldStarted)
        endRecord();
    if (table.header.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("re::Csv", "the file is empty");
        return std::nullopt;
    }
    return table;
}

} // namespace re
