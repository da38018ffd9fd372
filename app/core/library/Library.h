// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "library/Corpus.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace re {

/// A local library of resolutions in one SQLite file: each document in its saved form (so that
/// it reopens exactly) and its statements indexed by entity, theme, kind, year and words.
/// Each Library has its own connection, so two of them (two windows) may open the same file;
/// it is used from the thread that opened it. Every write is one transaction.
class Library
{
public:
    /// The schema this program writes (PRAGMA user_version). Older files are migrated step by
    /// step; newer ones are refused.
    static constexpr int SchemaVersion = 4;

    /// AppDataLocation/library.sqlite.
    static QString defaultPath();

    /// Opens the library at `path` (":memory:" for one that lives as long as the object),
    /// creating it when the file does not exist or is empty and migrating an older one. A file
    /// of a newer version, one that is not a library or is damaged is refused, untouched: nullptr
    /// and one sentence in *error (when not null). The damage check reads every page; it is
    /// skipped for a file unchanged since this program last knew it whole (IntegrityStamp.h).
    static std::unique_ptr<Library> open(const QString &path, QString *error);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }

    /// Adds a document read from `sourcePath`. A document with the same procedure reference
    /// replaces the one there; one without a reference replaces the one without a reference
    /// read from the same path.
    bool addDocument(const Document &document, const QString &sourcePath, QString *error);
    /// The files addFolder() reads in `folder`: its summaries and saved documents (.md, .txt,
    /// .html, .htm, .json, in any case), by name.
    static QStringList folderFiles(const QString &folder);
    /// Called by addFolder() before each file is written with the files done so far and all
    /// of them, and once at the end (done == total); false stops it (what was written stays).
    using FolderProgress = std::function<bool(int done, int total)>;
    /// Adds every summary and saved document (.md, .txt, .html, .htm, .json) directly in
    /// `folder`, read on worker threads. Each file that cannot be read or added gives one line
    /// "FILE: sentence" in *problems. Returns the number added.
    int addFolder(
        const QString &folder, QStringList *problems, const FolderProgress &progress = {});

    /// Every document, by date (undated first), then reference.
    QList<LibraryEntry> documents() const;
    /// The document as it was added; nullopt with one sentence in *error if there is none.
    std::optional<Document> document(qint64 id, QString *error) const;

    /// The statements the query matches, by date, then in the order they were added (a
    /// document's together, in reading order): the statement ids' order (LibrarySql.h).
    QList<CorpusStatement> statements(const CorpusQuery &query) const;
    qint64 statementCount(const CorpusQuery &query) const;

    // Corpus queries (CorpusQueries.cpp). `documentIds` empty means every document.

    /// The documents the selection takes, in documents() order.
    QList<LibraryEntry> documents(const CorpusSelection &selection) const;
    /// One page of statements(query): `limit` statements from `offset`, in the same order.
    QList<CorpusStatement> statements(const CorpusQuery &query, int offset, int limit) const;
    /// Every entity the documents name, with its role and statements in each, rows in `order`.
    CorpusMatrix matrix(const QList<qint64> &documentIds, MatrixOrder order) const;
    /// Entity id -> how many of the documents name it.
    QHash<QString, int> resolutionsNaming(const QList<qint64> &documentIds) const;
    /// The per-group roll-call positions of the documents that have them (attached by the
    /// user), in documents() order; documents with vote totals only are not listed.
    QList<DocumentGroupVotes> groupVotes(const QList<qint64> &documentIds) const;
    /// The entities the documents name: (id, name), by name.
    QList<QPair<QString, QString>> entities(const QList<qint64> &documentIds) const;
    /// The addressees of the documents' statements ("Commission", "Member States"...),
    /// each once, sorted.
    QStringList addressees(const QList<qint64> &documentIds) const;

    /// Reads every document again from its source file (the importer may have improved). A
    /// document whose file is gone or no longer reads is kept as it is, with one line in
    /// *problems. False with one sentence in *error when the library could not be written: then
    /// nothing changed.
    bool rebuild(QString *error, QStringList *problems = nullptr);

    /// The words of a user's search as an FTS5 query of the statements' text that cannot be a
    /// syntax error: each word a quoted string, all of them required, in a filter on the text
    /// column (the index's other column holds the tags); empty when no word has a letter or
    /// digit.
    static QString ftsQuery(const QString &text);

private:
    explicit Library(const QString &path, const QString &connectionName);

    QString m_path;
    QString m_connection;
    bool m_wrote = false; ///< a transaction began on this connection: the file is re-stamped
};

} // namespace re
