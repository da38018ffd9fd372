// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace re {

/// One document of a library, as Library::documents() lists it.
struct LibraryEntry
{
    qint64 id = 0;
    QString reference; ///< the procedure reference, empty when the document has none
    QString procedureType; ///< the reference's suffix ("INI" of "2025/2119(INI)"), or empty
    QString title;
    QDate date; ///< invalid when the document states none
    bool hasVote = false; ///< whether the document states vote totals
    int votesFor = 0;
    int against = 0;
    int abstentions = 0;
    /// Whether the user attached per-group roll-call data (Library::groupVotes() lists it).
    bool hasGroupVotes = false;
    int statements = 0;
    QString sourcePath; ///< the file it was read from
    friend bool operator==(const LibraryEntry &, const LibraryEntry &) = default;
};

/// Which documents of a library make a corpus. Every criterion set must hold; an empty
/// selection takes every document.
struct CorpusSelection
{
    /// Documents whose source file lies directly in this folder; empty for any.
    QString folder;
    int yearFrom = 0; ///< first year of the documents' dates, 0 for no bound
    int yearTo = 0; ///< last year, 0 for no bound
    /// Reference suffixes ("INI", "RSP", "COD", any case); empty for any.
    QStringList procedureTypes;
    /// Words (as CorpusQuery::text): documents with a statement holding all of them.
    QString text;
};

/// Which statements of a library to list. Every criterion set must hold; an empty query lists
/// every statement.
struct CorpusQuery
{
    QStringList entities; ///< entity ids; a statement matches if it involves any of them
    QString theme; ///< theme name (any case), empty for any
    QString kind; ///< verb kind key ("call"); a statement matches if any of its acts is one
    /// Words the statement's text must hold (FTS5, whole words, any case, diacritics ignored).
    /// Typed as a user types them: syntax characters and operators are taken as words.
    QString text;
    int yearFrom = 0; ///< first year of the documents' dates, 0 for no bound
    int yearTo = 0; ///< last year, 0 for no bound
    QList<qint64> documentIds; ///< the documents to search; empty for every document
    /// An addressee as the document names it ("Commission", "Member States", "EU"; see
    /// Action::addressees), any case; empty for any.
    QString addressee;
};

/// One statement of a library with the document it comes from.
struct CorpusStatement
{
    qint64 documentId = 0;
    QString reference;
    QString title;
    QDate date;
    QString actionId; ///< "a12": the statement's id in its document
    QString kind; ///< the verb kind key it shows ("call")
    QString text;
    QString sectionTitle; ///< empty before the first heading
    friend bool operator==(const CorpusStatement &, const CorpusStatement &) = default;
};

/// An entity in one document of a corpus matrix.
struct MatrixCell
{
    qint64 documentId = 0;
    QString role; ///< entityRoleKey() of its role in that document ("priority-partner")
    int statements = 0; ///< the document's statements that involve it
    friend bool operator==(const MatrixCell &, const MatrixCell &) = default;
};

/// One entity across the documents of a corpus matrix.
struct MatrixRow
{
    QString entityId;
    QString name;
    QString kind; ///< entityKindKey(): "country", "organisation", "grouping"
    QList<MatrixCell> cells; ///< one per document that names the entity, in document order
    int firstDocument = 0; ///< index into CorpusMatrix::documents of its first cell
    int statements = 0; ///< total over the corpus
    /// How many of its cells have a role other than the cell before them.
    int roleChanges = 0;
    friend bool operator==(const MatrixRow &, const MatrixRow &) = default;
};

/// Entities x documents: what role each document gives each entity it names.
struct CorpusMatrix
{
    QList<LibraryEntry> documents; ///< the columns, in Library::documents() order
    QList<MatrixRow> rows;
};

/// The order of a matrix's rows. Ties are broken by the next criterion in the list
/// (first appearance, then statements, then name).
enum class MatrixOrder {
    FirstAppearance, ///< by the first document naming the entity
    Count, ///< most statements first
    RoleChanges, ///< most role changes first
};

/// One political group's position in a roll-call vote.
struct GroupPosition
{
    QString group; ///< the group's code ("EPP")
    QString label; ///< its long label
    QString shortLabel; ///< its short label
    int votesFor = 0;
    int against = 0;
    int abstentions = 0;
    int absent = 0; ///< members who did not vote
    friend bool operator==(const GroupPosition &, const GroupPosition &) = default;
};

/// The per-group roll-call positions of one document, as the user attached them.
struct DocumentGroupVotes
{
    LibraryEntry document;
    QList<GroupPosition> groups; ///< in the order of the attached data
};

/// The suffix of a procedure reference ("INI" of "2025/2119(INI)"); empty when it has none.
QString procedureTypeOf(const QString &reference);

} // namespace re
