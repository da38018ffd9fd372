// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>
#include <vector>

namespace re {

class ActionFilterIndex;

/// Which actions to show: the one filter value of the window's shared state, the saved layout
/// and the command line. PreparedActionFilter evaluates it over an ActionFilterIndex;
/// acceptedActions() does the same for any caller and accepts() gives the same answer for one
/// action, so the window and scripts always agree.
struct ActionFilter
{
    QStringList entities; ///< entity ids; an action matches if it involves any of them
    QString theme; ///< theme name, empty for any
    QString verb; ///< verb kind key ("call"), empty for any
    /// Section id: only the actions of this section and its sub-sections; empty for any.
    QString section;
    /// The window's "this section only": in the shared state `section` is then always the
    /// section being read, so the restriction follows the reader (reading the whole resolution
    /// restricts nothing). A filter read from text with a section has it set too.
    bool sectionOnly = false;
    QString text; ///< free text, case-insensitive, in the sentence, entities and themes

    /// True when it accepts every action (a "this section only" on the whole resolution, or
    /// a blank text, accepts everything).
    bool isEmpty() const;
    /// True when any criterion is set, even one that accepts everything: what "Clear filters"
    /// has to clear.
    bool hasCriteria() const;

    /// Whether one action matches. Convenience for a few actions: it builds the per-action data
    /// on the fly. To filter many actions, use acceptedActions() or PreparedActionFilter.
    bool accepts(const Document &document, int actionIndex) const;
    /// Indexes of the actions that match, in reading order (one index built, one linear scan).
    QList<int> acceptedActions(const Document &document) const;
    /// Why the filter leaves no action, in words, for an empty table: "China is named 2 times,
    /// in sentences that are not statements", "Canada is not named in this section". Only the
    /// cases of one entity are explained; otherwise the generic sentence.
    QString whyNoAction(const Document &document) const;
    /// The same with the document's index already built.
    QList<int> acceptedActions(const Document &document, const ActionFilterIndex &index) const;
    /// True when every action this filter accepts is also accepted by `previous`: the same
    /// criteria, and a free text that contains the previous one (the user typed on).
    bool narrows(const ActionFilter &previous) const;

    /// The canonical text form, a URL query with the criteria in a fixed order:
    /// "entity=NOR&entity=CAN&theme=Space&kind=call&section=s3&text=drones" ("section=" with no
    /// value: this section only, on the section being read). Empty for no criteria.
    QString toText() const;
    /// Reads toText()'s form; nullopt with one sentence in *error for anything else.
    static std::optional<ActionFilter> fromText(const QString &text, QString *error = nullptr);

    friend bool operator==(const ActionFilter &, const ActionFilter &) = default;
};

/// A criterion of a filter that a document cannot apply, as FilterCheck reports it.
struct FilterProblem
{
    enum class Criterion { Entity, Theme, Verb, Section };
    Criterion criterion;
    QString value; ///< as the filter gave it
};

/// The one validation of filters, for the window, the saved layout and the command line.
/// Entities may be given by id or by name (any case) and come back as ids; verb keys and theme
/// names (those of resources/themes.json, any case) get their canonical spelling; a section must
/// be one of the document's. `checked()` is the filter with every criterion the document cannot
/// apply left out, and problems() says which were.
class FilterCheck
{
public:
    FilterCheck(const ActionFilter &filter, const Document &document);

    const ActionFilter &checked() const { return m_checked; }
    const QList<FilterProblem> &problems() const { return m_problems; }
    bool isValid() const { return m_problems.isEmpty(); }

private:
    ActionFilter m_checked;
    QList<FilterProblem> m_problems;
};

/// What filtering needs of a document, computed once per document so that a filter change is a
/// linear scan: each action's case-folded search text (sentence, themes, names of the entities
/// it names), the entities it involves (as small integers) and the section tree in pre-order.
class ActionFilterIndex
{
public:
    ActionFilterIndex() = default;
    /// Builds the index. When `cancel` becomes true meanwhile (a worker thread building it for
    /// a document that was replaced), it stops early and the index is incomplete.
    explicit ActionFilterIndex(const Document &document, const std::atomic_bool *cancel = nullptr);

    /// Number of actions indexed.
    qsizetype size() const { return qsizetype(m_searchText.size()); }
    /// Case-folded sentence, themes and entity names, separated by U+FFFF.
    const QString &searchText(int action) const { return m_searchText[size_t(action)]; }
    /// Interned id of an entity id, -1 when no action involves it and no entity has it.
    int entityKey(const QString &id) const { return m_entityKeys.value(id, -1); }
    qsizetype entityKeyCount() const { return m_entityKeys.size(); }
    /// Interned ids of the entities an action involves (Document::involvedEntities()).
    const int *involvedBegin(int action) const;
    const int *involvedEnd(int action) const;
    /// Pre-order position of a section and one past its last descendant; {-1, -1} when unknown.
    std::pair<int, int> sectionRange(int section) const;
    int sectionOrder(int section) const;

    /// The separator between the parts of searchText(); no folded text contains it.
    static QChar separator() { return QChar(0xFFFF); }

private:
    std::vector<QString> m_searchText;
    std::vector<int> m_involved; ///< all actions' involved keys, concatenated
    std::vector<qsizetype> m_involvedStart; ///< size() + 1 offsets into m_involved
    QHash<QString, int> m_entityKeys;
    std::vector<int> m_sectionOrder; ///< pre-order position per section, -1 unreachable
    std::vector<int> m_sectionEnd; ///< one past the last descendant's position
};

/// A filter compiled against one document and its index: accepts() costs a few integer
/// comparisons and at most one substring search. Both must outlive it.
class PreparedActionFilter
{
public:
    PreparedActionFilter(
        const ActionFilter &filter, const Document &document, const ActionFilterIndex &index);
    bool accepts(int actionIndex) const;

private:
    const Document &m_document;
    const ActionFilterIndex &m_index;
    bool m_rejectAll = false;
    bool m_checkVerb = false;
    VerbKind m_verb = VerbKind::Call;
    QString m_theme;
    int m_sectionBegin = -1; ///< pre-order range of the section filter, -1 for any section
    int m_sectionEnd = -1;
    std::vector<char> m_wantedEntities; ///< by interned key; empty for any entity
    bool m_checkText = false;
    QString m_needle; ///< case-folded, trimmed
};

} // namespace re
