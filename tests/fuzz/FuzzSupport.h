// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: quiet logging, the error contract every reader promises
// (one non-empty sentence on one line) and the save/reload round trip of a document.

#include "io/DocumentJson.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace re::fuzz {

/// The input as a QByteArray that does not copy (valid during the call only).
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// Drops warnings so that the fuzzer's output stays readable; qFatal still aborts.
inline void quietMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(text));
            std::abort();
        }
    });
}

/// A broken promise: reported like a crash, so that libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "contract broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

/// A refusal must say what is wrong in one sentence on one line.
inline void checkError(const QString &error)
{
    if (error.trimmed().isEmpty())
        fail("refused with an empty error message");
    if (error.contains(u'\n') || error.contains(u'\r'))
        fail("error message spans several lines:", error);
}

/// Whatever was read must save and read back to the same saved form.
inline void checkRoundTrip(const Document &document)
{
    const QByteArray saved = documentToJson(document);
    QString error;
    const std::optional<Document> reread = documentFromJson(saved, &error);
    if (!reread)
        fail("a document read from the input does not read back after saving:", error);
    if (documentToJson(*reread) != saved)
        fail("saving, reading and saving again changes the document");
}

/// A path in a private temporary folder (for readers that take a path), created once.
inline QString scratchPath(const QString &fileName)
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fail("cannot create a temporary folder");
    return dir.filePath(fileName);
}

/// Writes the input to scratchPath(fileName) and returns that path.
inline QString writeScratch(const QString &fileName, const QByteArray &bytes)
{
    const QString path = scratchPath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fail("cannot write the scratch file", path);
    return path;
}

} // namespace re::fuzz
