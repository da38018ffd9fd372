// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <optional>

namespace re {

/// The format id of saved documents; docs/FORMAT.md describes the format key by key.
/// Minor 1 added the statements' speech acts ("acts"); a 1.0 document's action has one act,
/// its verb. Minor 2 added the vote's breakdown_source; minor 3 what a procedure file adds to
/// a fetched summary (procedure.committee, rapporteurs, events, source_url, fetched) and the
/// vote's source_url.
constexpr const char *DocumentFormatId = "resolution-explorer/1.3";
/// The major version this program writes and reads; documents of a newer major are refused.
constexpr int DocumentFormatMajor = 1;
/// Sections nested deeper than this are refused when reading.
constexpr int MaxSectionDepth = 32;

/// How JSON text is laid out: indented for people (saved files), or compact, with no space
/// outside strings (the library's stored copies, read only by the program).
enum class JsonLayout { Indented, Compact };

/// The document as UTF-8 JSON, keys in the fixed order of docs/FORMAT.md, indented unless
/// `layout` says otherwise. Sections are written nested, depth-first from the top-level
/// sections in Document::sections order, each with its paragraphs; paragraphs before the first
/// heading come first.
QByteArray documentToJson(const Document &document, JsonLayout layout = JsonLayout::Indented);

/// Reads a document written by documentToJson (or by a script following docs/FORMAT.md).
/// Sections come back in depth-first pre-order and paragraphs in reading order. Everything is
/// validated; on any problem returns nullopt with one sentence in *error (when not null).
std::optional<Document> documentFromJson(const QByteArray &json, QString *error);

/// A small JSON writer that keeps keys in the order they are written (QJsonObject sorts them).
/// Block objects and arrays put each member on its own line; Inline ones (and everything
/// inside them) stay on one line. In JsonLayout::Compact nothing is indented or spaced.
class JsonWriter
{
public:
    enum Layout { Block, Inline };

    explicit JsonWriter(JsonLayout layout = JsonLayout::Indented)
        : m_compact(layout == JsonLayout::Compact)
    { }

    void beginObject(Layout layout = Block);
    void endObject();
    void beginArray(Layout layout = Block);
    void endArray();
    /// The key of the next value; only inside an object.
    void key(QLatin1String name);
    void string(const QString &text);
    void number(qint64 value);
    void boolean(bool value);
    void null();

    /// key(name) followed by the value.
    void field(QLatin1String name, const QString &text);
    void field(QLatin1String name, qint64 value);

    /// Shorthands for values the document format uses often.
    void stringList(const QStringList &list); ///< ["a", "b"] on one line
    void span(const TextSpan &span); ///< [start, length]
    void spanList(const QList<TextSpan> &spans); ///< [[start, length], ...] on one line

    /// The text written so far, with a final newline once the outermost value is closed
    /// (none in JsonLayout::Compact).
    QByteArray data() const { return m_out; }

private:
    struct Level
    {
        bool inlined = false; ///< no line breaks inside
        int count = 0;
    };
    void beginValue();
    /// Opens an object or array with `bracket`; closes the innermost with `bracket`.
    void open(char bracket, Layout layout);
    void close(char bracket);
    void appendQuoted(QStringView text);
    void newline(qsizetype depth);

    QByteArray m_out;
    QList<Level> m_levels;
    bool m_afterKey = false;
    bool m_compact = false;
};

/// Writes the keys of the document format's action object (id ... acts) into the object
/// the writer has open. Shared by documentToJson and the action export.
void writeActionFields(JsonWriter &writer, const Document &document, const Action &action);

} // namespace re
