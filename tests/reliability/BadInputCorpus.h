// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bad-input corpus (tests/data/reliability, written by make-synthetic-bad-inputs.py) and
// the outcome each file must have, shared by the command-line and the window tests.

#include <QFile>
#include <QList>
#include <QString>
#include <sys/stat.h>

namespace re::test {

struct CorpusFile
{
    const char *tag;
    const char *file; ///< name in tests/data/reliability
    bool accepted; ///< true: loads (exit 0); false: refused (exit 2, one line)
    const char *mention; ///< refused: part of the message; accepted: part of the dumped JSON
    const char *knownGap = nullptr; ///< set while the program does not do what is right yet
};

inline const QList<CorpusFile> &corpusFiles()
{
    static const QList<CorpusFile> files = {
        { "empty file", "synthetic-empty.md", false, "the file is empty" },
        { "blank lines only", "synthetic-blank.txt", false, "the file is empty" },
        { "binary garbage", "synthetic-garbage.md", false, "binary data" },
        { "PNG renamed .md", "synthetic-png-renamed.md", false, "binary data" },
        { "truncated JSON", "synthetic-truncated.json", false, "not valid JSON" },
        { "newer format version", "synthetic-newer-format.json", false, "newer than this program" },
        { "JSON of another program", "synthetic-not-a-document.json", false,
            "not a Resolution Explorer document" },
        { "deeply nested JSON", "synthetic-deeply-nested.json", false, "too deeply nested" },
        { "invalid UTF-8", "synthetic-invalid-utf8.md", false, "not valid UTF-8" },
        { "title only", "synthetic-title-only.md", false, "no paragraphs" },
        { "page saved half (head only)", "synthetic-half-saved-head.html", false, "no paragraphs" },
        { "UTF-16LE with BOM", "synthetic-utf16le-bom.md", true, "Synthetic reliability summary" },
        { "UTF-16BE with BOM", "synthetic-utf16be-bom.txt", true,
            "Synthetic plain text reliability summary" },
        { "UTF-8 with BOM", "synthetic-utf8-bom.md", true, "\"reference\": \"2099/0042(INI)\"" },
        { "CRLF line ends", "synthetic-crlf.txt", true, "to accept CRLF line ends." },
        { "no headings", "synthetic-no-headings.md", true, "\"sections\": []" },
        { "no vote", "synthetic-no-vote.md", true, "\"vote\": null" },
        { "HTML with script and style", "synthetic-script-style.html", true, "ignore scripts" },
        { "page saved half (body cut)", "synthetic-half-saved-body.html", true, "adopted by 40" },
        { "CSV of another program", "synthetic-spreadsheet.csv", false, "not a summary" },
    };
    return files;
}

inline QString corpusPath(const char *file)
{
    return QStringLiteral(RE_TEST_DATA "/reliability/") + QLatin1String(file);
}

/// Makes a sparse file of `bytes` bytes (no disk used): for the size limits.
inline bool makeSparseFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("# Big\n\n") != 7)
        return false;
    return file.resize(bytes);
}

/// Bytes the file really occupies on disk (to show a big file stayed sparse).
inline qint64 allocatedBytes(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.st_blocks) * 512;
}

} // namespace re::test
