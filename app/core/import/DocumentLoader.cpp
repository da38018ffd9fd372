// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/DocumentLoader.h"

#include "document/Gazetteer.h"
#include "import/DocumentBuilder.h"
#include "import/SummaryReaders.h"
#include "io/DocumentJson.h"
#include "io/FileRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace re {

namespace {

enum class InputForm { Markdown, PlainText, Html, Json };

InputForm detectForm(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return InputForm::Json;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return InputForm::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return InputForm::Markdown;
    if (suffix == u"txt")
        return InputForm::PlainText;
    const QByteArray head = bytes.left(512).trimmed();
    if (head.startsWith('{'))
        return InputForm::Json;
    if (head.startsWith('<'))
        return InputForm::Html;
    if (head.startsWith('#'))
        return InputForm::Markdown;
    return InputForm::PlainText;
}

bool looksBinary(const QByteArray &bytes)
{
    // UTF-16 text holds NUL bytes too; it is recognised by its byte order mark first.
    return bytes.left(4096).contains('\0');
}

std::optional<QString> decodeText(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(
            bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError()) {
            *error = QCoreApplication::translate("re::Loader", "the file is not valid UTF-16 text");
            return std::nullopt;
        }
        return text;
    }
    if (looksBinary(bytes)) {
        *error = QCoreApplication::translate(
            "re::Loader", "the file is binary data, not a summary or a document");
        return std::nullopt;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder.decode(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    if (decoder.hasError()) {
        *error = QCoreApplication::translate("re::Loader", "the file is not valid UTF-8 text");
        return std::nullopt;
    }
    return text;
}

std::optional<Document> buildFromSummary(std::optional<SummaryBlocks> summary, QString *error)
{
    if (!summary)
        return std::nullopt;
    normaliseBlocks(*summary);
    const bool hasParagraph = std::any_of(summary->blocks.cbegin(), summary->blocks.cend(),
        [](const SummaryBlock &block) { return block.kind == SummaryBlock::Kind::Paragraph; });
    if (!hasParagraph) {
        *error = QCoreApplication::translate("re::Loader", "the summary has no paragraphs");
        return std::nullopt;
    }
    return buildDocument(*summary, Gazetteer::builtin());
}

} // namespace

std::optional<Document> loadHtmlSummary(const QByteArray &html, QString *error)
{
    return buildFromSummary(readHtmlSummary(html, error), error);
}

std::optional<Document> loadDocumentFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (info.isFile()
        && (suffix == u"csv" || suffix == u"tsv" || suffix == u"xlsx" || suffix == u"ods")) {
        *error = QCoreApplication::translate("re::Loader",
            "a spreadsheet is not a summary; roll-call CSV files are added with "
            "Import Roll-call Data (--roll-call)");
        return std::nullopt;
    }
    const std::optional<QByteArray> read = readUserFile(path, MaxInputBytes, error);
    if (!read)
        return std::nullopt;
    const QByteArray &bytes = *read;
    if (bytes.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("re::Loader", "the file is empty");
        return std::nullopt;
    }

    std::optional<Document> document;
    switch (detectForm(path, bytes)) {
    case InputForm::Json:
        document = documentFromJson(bytes, error);
        break;
    case InputForm::Html:
        if (looksBinary(bytes) && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
            *error = QCoreApplication::translate(
                "re::Loader", "the file is binary data, not a summary or a document");
            return std::nullopt;
        }
        document = buildFromSummary(readHtmlSummary(bytes, error), error);
        break;
    case InputForm::Markdown:
    case InputForm::PlainText: {
        const std::optional<QString> text = decodeText(bytes, error);
        if (!text)
            return std::nullopt;
        const bool markdown = detectForm(path, bytes) == InputForm::Markdown;
        document = buildFromSummary(
            markdown ? readMarkdownSummary(*text, error) : readPlainTextSummary(*text, error),
            error);
        break;
    }
    }
    if (document && document->sourceName.isEmpty())
        document->sourceName = info.absoluteFilePath();
    return document;
}

QString summaryWarning(const Document &document)
{
    if (document.vote || !document.sections.isEmpty() || !document.actions.isEmpty())
        return {};
    return QCoreApplication::translate("re::Loader",
        "nothing in it reads like an OEIL summary: it has no vote, no heading and no statement "
        "of Parliament");
}

QString bundledSourcePath()
{
    return QStringLiteral(":/data/2025-2119-INI-summary.md");
}

Document bundledDocument()
{
    QFile file(QStringLiteral(":/data/bundled-document.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The precomputed bundled resolution is missing from the resources");
    QString error;
    std::optional<Document> document = documentFromJson(file.readAll(), &error);
    if (!document)
        qFatal("The precomputed bundled resolution cannot be read: %s", qPrintable(error));
    document->sourceName = bundledSourcePath();
    return *document;
}

Document importBundledSummary()
{
    QFile file(bundledSourcePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The bundled resolution is missing from the resources");
    QString error;
    std::optional<Document> document
        = buildFromSummary(readMarkdownSummary(QString::fromUtf8(file.readAll()), &error), &error);
    if (!document)
        qFatal("The bundled resolution cannot be read: %s", qPrintable(error));
    document->sourceName = bundledSourcePath();
    return *document;
}

const QStringList &documentFileSuffixes()
{
    static const QStringList suffixes { QStringLiteral("md"), QStringLiteral("txt"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("json") };
    return suffixes;
}

} // namespace re
