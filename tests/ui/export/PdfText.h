// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a PDF back as its readers would: pdftotext -layout (poppler-utils), one form feed after
// each page. The tests fail, never skip, when poppler-utils is missing.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace re::test {

/// The text of the PDF at `path` (pages separated by form feeds); empty with *problem set when
/// pdftotext is missing or fails.
inline QString pdfText(const QString &path, QString *problem)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (exe.isEmpty()) {
        *problem = QStringLiteral("pdftotext is missing: install poppler-utils");
        return {};
    }
    QProcess process;
    process.start(exe,
        { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
            QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *problem = QStringLiteral("pdftotext failed: ")
            + QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The pages of pdfText(), each with its whitespace collapsed (words wrapped onto the next
/// line read as one phrase).
inline QStringList pdfPages(const QString &text)
{
    QStringList pages = text.split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString &page : pages)
        page = page.simplified();
    return pages;
}

/// The first `count` words of a sentence.
inline QString firstWords(const QString &sentence, int count)
{
    return sentence.simplified().section(QChar(u' '), 0, count - 1);
}

/// Whether the file at `path` starts as a PDF does.
inline bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace re::test
