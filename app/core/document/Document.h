// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace re {

/// A run of characters inside a paragraph's text: [start, start + length).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end(); }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/// A member of Parliament named by a procedure file, with the political group it gives.
struct Rapporteur
{
    QString name; ///< as the page writes it: "VON CRAMON-TAUBADEL Viola"
    QString group; ///< the group in brackets after the name: "Greens/EFA"; empty if none
    friend bool operator==(const Rapporteur &, const Rapporteur &) = default;
};

/// One row of a procedure file's "Key events" table.
struct KeyEvent
{
    QDate date;
    QString event; ///< "Decision by Parliament", "Committee report tabled for plenary"...
    QString reference; ///< the document the row links, "T9-0054/2021"; empty if none
    QString summaryId; ///< the id of its "Summary" link (document-summary?id=N); empty if none
    friend bool operator==(const KeyEvent &, const KeyEvent &) = default;
};

/// The procedure the summary belongs to, as the source states it.
struct Procedure
{
    QString reference; ///< e.g. "2025/2119(INI)"
    QString title;
    QDate date; ///< the visible dd/mm/yyyy date of the summary
    QString stage; ///< e.g. "Text adopted by Parliament, single reading"
    // What the procedure file adds when the summary was fetched by its procedure; empty for a
    // summary opened from a file.
    QString committee; ///< committee responsible: "AFET Foreign Affairs"
    QList<Rapporteur> rapporteurs;
    QList<KeyEvent> events;
    QString sourceUrl; ///< the address the summary was fetched from
    QDateTime fetched; ///< when (UTC)
    friend bool operator==(const Procedure &, const Procedure &) = default;
};

/// One row of a roll-call breakdown (a political group or a country).
/// The most seats, and so votes, of any parliament: counts beyond it are refused where they are
/// read (saved documents, vote sentences, roll-call files), so that no chart is asked to draw
/// millions of seats.
constexpr int MaxVotes = 10'000;

struct VoteBreakdownRow
{
    QString code; ///< group code ("EPP") or ISO alpha-3 country code
    QString label; ///< long label
    QString shortLabel; ///< group short label, or ISO alpha-2 for a country
    int votesFor = 0;
    int against = 0;
    int abstentions = 0;
    int didNotVote = 0;
    qint64 cast() const { return qint64(votesFor) + against + abstentions; }
    friend bool operator==(const VoteBreakdownRow &, const VoteBreakdownRow &) = default;
};

/// How Parliament voted. Breakdowns are present only when the user attached roll-call data.
struct Vote
{
    int votesFor = 0;
    int against = 0;
    int abstentions = 0;
    int seats = 0; ///< seats of the house when the document knows them, else 0
    QList<VoteBreakdownRow> groups;
    QList<VoteBreakdownRow> countries;
    /// Where the breakdowns came from, one line for a source note ("HowTheyVote.eu, ODbL, vote
    /// 171234"); empty when there are none.
    QString breakdownSource;
    /// The page of the vote whose breakdowns are attached, when they were fetched
    /// (HowTheyVote.eu's page of the vote); empty otherwise.
    QString sourceUrl;
    qint64 cast() const { return qint64(votesFor) + against + abstentions; }
    bool adopted() const { return votesFor > against; }
    friend bool operator==(const Vote &, const Vote &) = default;
};

/// A paragraph of the resolution's text. Emphasis spans mark the source's bold runs.
struct Paragraph
{
    QString id; ///< "p1", "p2", ... in reading order
    QString text; ///< cleaned text: markup removed, hard line breaks joined
    int section = -1; ///< index into Document::sections, -1 before the first heading
    qsizetype sourceOffset = -1; ///< character offset in the decoded source text, -1 unknown
    QList<TextSpan> emphasis;
    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

/// A heading and what it holds. Sections form a tree through parent/children indexes.
struct Section
{
    QString id; ///< "s1", "s3.2", ...
    QString title;
    int level = 1; ///< 1 for top-level headings, 2 for sub-headings, ...
    int parent = -1; ///< index into Document::sections, -1 for top level
    QList<int> children; ///< indexes into Document::sections
    QList<int> paragraphs; ///< indexes into Document::paragraphs
    friend bool operator==(const Section &, const Section &) = default;
};

/// Institution: an EU institution or body a statement may address (the Council, the
/// Commission, the Member States...); never on the map and never given a role.
enum class EntityKind { Country, Organisation, Grouping, Institution };

/// What the resolution makes of an entity. Derived from the text, "Mentioned" when the
/// wording does not allow more.
enum class EntityRole {
    Mentioned,
    PriorityPartner,
    CornerstonePartner,
    Partner,
    PartnerToDevelop,
    PartnerOrganisation,
    Threat,
    SupporterOfThreat,
    UnderReview,
    Criticised,
    Sanctioned, ///< under sanctions, restrictive measures or an embargo
    /// The country the resolution's title is about ("on the situation in Nicaragua") when the
    /// text gives it no stronger role.
    Subject,
};

/// An entity occurrence in the text.
struct Mention
{
    QString entity; ///< entity id
    int paragraph = -1; ///< index into Document::paragraphs
    TextSpan span; ///< characters of the paragraph's text
    friend bool operator==(const Mention &, const Mention &) = default;
};

/// A country, organisation or grouping the resolution names (or a member of a named grouping).
struct Entity
{
    QString id; ///< ISO alpha-3 for countries ("XKX" for Kosovo); "NATO", "western-balkans"...
    QString name;
    EntityKind kind = EntityKind::Country;
    EntityRole role = EntityRole::Mentioned;
    QStringList members; ///< member entity ids for groupings and organisations
    QString via; ///< for a member not named itself: the grouping that named it
    QString evidence; ///< id of the paragraph whose sentence gave the role, empty if none
    friend bool operator==(const Entity &, const Entity &) = default;
};

/// The kind of a reporting verb ("called for" is Call, "deplored" is Deplore...).
enum class VerbKind {
    Call,
    Demand,
    Invite,
    Urge,
    Insist,
    Stress,
    Emphasise,
    Underline,
    Highlight,
    Regret,
    Deplore,
    Condemn,
    Consider,
    Recall,
    Welcome,
    Note,
    Encourage,
    Recognise,
    Criticise,
};

/// One speech act of a statement: a reporting verb ("called for"), the frame a statement
/// carries on from the one before it, or a deontic clause ("must be reassessed"), an implicit
/// call.
struct SpeechAct
{
    VerbKind kind = VerbKind::Call;
    int paragraph = -1; ///< the paragraph holding the words: a list item's act is its lead-in's
    TextSpan span; ///< the words inside that paragraph's text
    /// Not said in the statement's own words: a frame carried on ("Members believe that ...
    /// [next sentence]") or a deontic clause taken as a call.
    bool implicit = false;
    friend bool operator==(const SpeechAct &, const SpeechAct &) = default;
};

/// A statement: a sentence or list item that carries Parliament's position (a call, a demand, a
/// regret...). It has one or more speech acts; `verb`, the kind it shows, is the strongest of
/// those said in its own words (of the implicit ones when it has no other).
struct Action
{
    QString id; ///< "a1", "a2", ... in reading order
    QString text; ///< the sentence (or list item) exactly as in the paragraph
    /// The kind shown: the strongest of `acts` (verbKindStrength()), explicit ones first.
    VerbKind verb = VerbKind::Call;
    QStringList addressees; ///< "Commission", "Member States", "EU", "Parliament", "partners"
    QStringList entities; ///< entity ids named in the sentence
    QStringList themes; ///< policy theme names
    int section = -1; ///< index into Document::sections, -1 before the first heading
    int paragraph = -1; ///< index into Document::paragraphs
    TextSpan sentence; ///< the sentence inside the paragraph's text
    /// The strongest act's words when they lie in this paragraph, else an empty span at the
    /// sentence's start (a list item whose verb is its lead-in's).
    TextSpan verbSpan;
    QList<SpeechAct> acts; ///< every speech act, in text order; never empty
    /// Whether one of its acts is of that kind (the kind filter matches any act).
    bool hasAct(VerbKind kind) const;
    friend bool operator==(const Action &, const Action &) = default;
};

/// One resolution: everything every view shows comes from here.
struct Document
{
    Procedure procedure;
    std::optional<Vote> vote;
    QList<Paragraph> paragraphs;
    QList<Section> sections;
    QList<Entity> entities;
    QList<Mention> mentions;
    QList<Action> actions;
    QString sourceName; ///< file the document was read from (":/..." for the bundled one)

    int sectionIndex(const QString &id) const;
    int entityIndex(const QString &id) const;
    int actionIndex(const QString &id) const;
    int paragraphIndex(const QString &id) const;
    /// Top-level sections in order.
    QList<int> topLevelSections() const;
    /// Paragraphs before the first heading.
    QList<int> preambleParagraphs() const;
    /// The section and all its descendants.
    QList<int> sectionSubtree(int section) const;
    /// Number of actions whose paragraph lies in the section or below it.
    int actionCountInSubtree(int section) const;
    /// Ids of the entities an action involves (the rule of Involvement, document/Involvement.h).
    /// For many actions, build one Involvement and ask it.
    QStringList involvedEntities(const Action &action) const;
    int mentionCount(const QString &entityId) const;
    /// mentionCount() of every entity named, in one pass over the mentions.
    QHash<QString, int> mentionCounts() const;
    int actionCount(const QString &entityId) const;
    /// actionCount() of every entity an action involves, in one pass over the actions (ids no
    /// action involves are absent: 0).
    QHash<QString, int> actionCounts() const;

    /// Hashes the ids and the mention counts, so that the look-ups above take constant time
    /// (a saved document may hold 100k entities). The importer and the JSON reader call it
    /// once the document is complete. A document put together by hand, or whose lists grew or
    /// shrank since, is answered by scanning its lists; ids changed in place need a new call.
    void buildLookup();
    friend bool operator==(const Document &, const Document &) = default;

private:
    /// A cache of the lists above: it takes no part in comparisons.
    struct Lookup
    {
        QHash<QString, int> sections, entities, actions, paragraphs, mentionCounts;
        qsizetype mentionTotal = -1; ///< the mentions counted, -1 before buildLookup()
        friend bool operator==(const Lookup &, const Lookup &) { return true; }
    };
    Lookup m_lookup;
};

QString verbKindKey(VerbKind kind); ///< "call", "deplore", ...
std::optional<VerbKind> verbKindFromKey(const QString &key);
QString verbKindLabel(VerbKind kind); ///< "Call", "Deplore", ... (translated)
QList<VerbKind> allVerbKinds();
/// How strongly a kind commits Parliament, for the kind a statement shows: condemnations and
/// demands above calls, calls above views and notes.
int verbKindStrength(VerbKind kind);

QString entityRoleKey(EntityRole role); ///< "priority-partner", ...
std::optional<EntityRole> entityRoleFromKey(const QString &key);
QString entityRoleLabel(EntityRole role); ///< "priority partner", ... (translated)
QList<EntityRole> allEntityRoles();

QString entityKindKey(EntityKind kind); ///< "country", "organisation", "grouping"
std::optional<EntityKind> entityKindFromKey(const QString &key);

} // namespace re
