// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RoleClassifier.h"

#include "import/KeywordScanner.h"
#include "import/TextScan.h"

#include <QRegularExpression>
#include <algorithm>
#include <initializer_list>

namespace re {

namespace {

const QString selfId = QStringLiteral("EU");

QRegularExpression cue(const char *pattern)
{
    QRegularExpression re { QLatin1String(pattern) };
    re.optimize();
    return re;
}

/// Words without which a cue cannot match (lower case; the cues' case or more), so that a
/// sentence is scanned once for all of them and each cue only where it may match.
enum CueWord : std::uint64_t {
    ThreatWord = 1 << 0,
    AggressionWord = 1 << 1,
    SupportWord = 1 << 2,
    CriticiseWord = 1 << 3,
    SanctionWord = 1 << 4,
    ReviewWord = 1 << 5,
    PriorityWord = 1 << 6,
    CornerstoneWord = 1 << 7,
    PartnershipWord = 1 << 8,
    CompoundWord = 1 << 9,
    BoundaryWord = 1 << 10, ///< a clause boundary may be there (see Clauses)
};

struct CueKeyword
{
    const char *text;
    CueWord word;
};

constexpr CueKeyword cueKeywords[] = {
    { "threat", ThreatWord },
    { "aggression", AggressionWord },
    { "support", SupportWord },
    { "allies", SupportWord },
    { "deplor", CriticiseWord },
    { "condemn", CriticiseWord },
    { "denounc", CriticiseWord },
    { "criticis", CriticiseWord },
    { "sanction", SanctionWord },
    { "restrictive", SanctionWord },
    { "embargo", SanctionWord },
    { "reassess", ReviewWord },
    { "reviewed", ReviewWord },
    { "evaluated", ReviewWord },
    { "reconsidered", ReviewWord },
    { "priority", PriorityWord },
    { "cornerstone", CornerstoneWord },
    { "partnership", PartnershipWord },
    { "eu-", CompoundWord },
    { "union-", CompoundWord },
    { ";", BoundaryWord },
    { "which", BoundaryWord },
    { "who", BoundaryWord },
    { "whereas", BoundaryWord },
    { "while", BoundaryWord },
};

KeywordScanner cueKeywordScanner()
{
    QStringList keywords;
    for (const CueKeyword &keyword : cueKeywords)
        keywords.append(QLatin1String(keyword.text));
    return KeywordScanner(keywords);
}

struct Cues
{
    KeywordScanner words = cueKeywordScanner();
    QRegularExpression threat
        = cue("\\b(?:constitutes?|poses?|represents?|remains?|is|are)\\s+(?:the\\s+|a\\s+)?"
              "(?:(?:most|single)\\s+)?(?:significant|main|greatest|biggest|major|direct|serious|"
              "principal|gravest|primary|existential)?\\s*threats?\\b");
    QRegularExpression aggression = cue(
        "\\b(?:continues?|continued|pursues?|pursued)\\s+its\\s+(?:war\\s+of\\s+)?aggression\\b");
    /// The possessor of a war of aggression ("Russia's illegal and unprovoked war of
    /// aggression"): the mention just before the match.
    QRegularExpression aggressor
        = cue("['\\x{2019}]s\\s+(?:(?:illegal|unprovoked|unjustified|brutal|full-scale|ongoing|"
              "continued|military|and)[\\s,]+)*war\\s+of\\s+aggression\\b");
    QRegularExpression supporter = cue("\\b(?:with\\s+the\\s+support\\s+of|supported\\s+by|its\\s+"
                                       "allies|allies,?\\s+such\\s+as)\\b");
    QRegularExpression criticised = cue("\\b(?:deplor|condemn|denounc|criticis)\\w*");
    QRegularExpression sanctioned
        = cue("\\b(?:sanctions?|restrictive\\s+measures|(?:arms\\s+)?embargo(?:es)?)\\s+"
              "(?:against|on|to|targeting|imposed\\s+on)\\b");
    QRegularExpression underReview
        = cue("\\b(?:(?:must|should|needs?\\s+to|has\\s+to|have\\s+to)\\s+be\\s+"
              "(?:reassessed|reviewed|re-?evaluated|reconsidered)|reassess\\w*)\\b");
    QRegularExpression priority = cue("\\bpriority\\b");
    QRegularExpression cornerstone = cue("\\bcornerstones?\\b");
    // A verb of building a partnership a few words before the word "partnership" itself.
    QRegularExpression develop
        = cue("\\b(?:explor|establish|develop|deepen|negotiat|future\\b)\\w*\\s+"
              "(?:[\\w-]+\\s+){0,8}?partnerships?\\b");
    QRegularExpression partnershipWith
        = cue("\\bpartnerships?\\s+(?:(?:signed|concluded|agreed)\\s+)?with\\b");
    QRegularExpression compound
        = cue("\\b(?:EU|Union)-(?<other>[A-Z][\\w]*)\\s+(?:strategic\\s+)?partnerships?\\b");
    QRegularExpression continuation
        = cue("^(?:[A-Z][a-z]+,\\s+)?(?:They|It|Members|Parliament|MEPs)\\s+also\\b");
};

const Cues &cues()
{
    static const Cues instance;
    return instance;
}

class Findings
{
public:
    explicit Findings(const QHash<QString, EntityKind> &kinds) : m_kinds(kinds) { }

    void add(const Mention &mention, EntityRole role, int paragraph)
    {
        if (mention.entity == selfId || m_kinds.value(mention.entity) == EntityKind::Institution)
            return; // the EU and its institutions are who speaks and who is addressed
        if (role == EntityRole::Partner
            && m_kinds.value(mention.entity) == EntityKind::Organisation)
            role = EntityRole::PartnerOrganisation;
        RoleFinding &current = m_findings[mention.entity];
        if (rolePrecedence(role) > rolePrecedence(current.role))
            current = { role, paragraph };
    }

    QHash<QString, RoleFinding> result() const { return m_findings; }

private:
    const QHash<QString, EntityKind> &m_kinds;
    QHash<QString, RoleFinding> m_findings;
};

/// One sentence as the cues read it: its text, clauses and mentions, each looked up by binary
/// search, so a sentence of n words full of cues costs about n log n, never n squared.
class SentenceCues
{
public:
    explicit SentenceCues(const SentenceMentions &s)
        : m_s(s)
        , m_body(s.text->mid(s.sentence.start, s.sentence.length))
        , m_words(wordsIn(m_body))
        , m_clauses(*s.text, s.sentence, has(BoundaryWord))
    { }

    const QString &body() const { return m_body; }
    /// Whether one of `words` occurs in the sentence.
    bool has(std::uint64_t words) const { return (m_words & words) != 0; }
    const Clauses &clauses() const { return m_clauses; }

    /// Calls `onMatch(start, end, match)` for each match of `re`, in absolute positions; none
    /// when the sentence has none of the `words` that `re` needs.
    template<typename F>
    void forEach(const QRegularExpression &re, std::uint64_t words, F onMatch) const
    {
        if (!has(words))
            return;
        auto it = re.globalMatch(m_body);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            onMatch(m_s.sentence.start + match.capturedStart(),
                m_s.sentence.start + match.capturedEnd(), match);
        }
    }

    /// Calls `visit(mention)` for each mention lying inside [from, to).
    template<typename F> void forMentionsIn(qsizetype from, qsizetype to, F visit) const
    {
        for (auto it = firstFrom(from); it != m_s.mentions.cend() && it->span.start < to; ++it) {
            if (it->span.end() <= to)
                visit(*it);
        }
    }

    /// The first mention starting at or after `from`, if it ends by `to`; mentions do not
    /// overlap, so no later one could.
    const Mention *firstIn(qsizetype from, qsizetype to) const
    {
        const auto it = firstFrom(from);
        return it != m_s.mentions.cend() && it->span.end() <= to ? &*it : nullptr;
    }

private:
    QList<Mention>::const_iterator firstFrom(qsizetype from) const
    {
        return std::lower_bound(m_s.mentions.cbegin(), m_s.mentions.cend(), from,
            [](const Mention &m, qsizetype p) { return m.span.start < p; });
    }

    const SentenceMentions &m_s;
    static std::uint64_t wordsIn(const QString &body)
    {
        std::uint64_t words = 0;
        cues().words.scan(
            body, [&words](qsizetype, int keyword) { words |= cueKeywords[keyword].word; });
        return words;
    }

    QString m_body;
    std::uint64_t m_words = 0; ///< CueWord flags of the words found
    Clauses m_clauses;
};

/// Per clause, the furthest (or nearest) position a cue of one role reached, so that the role
/// is given to the mentions of a clause once, however many cues it holds.
class ClauseReach
{
public:
    explicit ClauseReach(const Clauses &clauses) : m_reach(clauses.count(), -1) { }
    void furthest(qsizetype clause, qsizetype position)
    {
        m_reach[clause] = std::max(m_reach.at(clause), position);
    }
    void nearest(qsizetype clause, qsizetype position)
    {
        if (m_reach.at(clause) < 0 || position < m_reach.at(clause))
            m_reach[clause] = position;
    }
    qsizetype at(qsizetype clause) const { return m_reach.at(clause); }
    qsizetype count() const { return m_reach.size(); }

private:
    QList<qsizetype> m_reach;
};

/// Applies the cues of one sentence; returns whether it frames partnerships "to develop".
bool classifySentence(const SentenceMentions &s, bool continuesDevelop, Findings &findings)
{
    const Cues &c = cues();
    const int p = s.paragraph;
    const SentenceCues sentence(s);
    const Clauses &clauses = sentence.clauses();

    // The subject of the cue: every mention from the clause start to the cue.
    using Cue = std::pair<const QRegularExpression *, std::uint64_t>; // and the words it needs
    const auto before = [&](const std::initializer_list<Cue> res, EntityRole role) {
        ClauseReach reach(clauses);
        for (const auto &[re, words] : res) {
            sentence.forEach(*re, words, [&](qsizetype start, qsizetype, const auto &) {
                reach.furthest(clauses.indexAt(start), start);
            });
        }
        for (qsizetype i = 0; i < reach.count(); ++i) {
            if (reach.at(i) >= 0)
                sentence.forMentionsIn(clauses.clause(i).start, reach.at(i),
                    [&](const Mention &m) { findings.add(m, role, p); });
        }
    };
    // What follows the cue: every mention from the cue to the clause end.
    const auto after = [&](const QRegularExpression &re, std::uint64_t words, EntityRole role) {
        ClauseReach reach(clauses);
        sentence.forEach(re, words, [&](qsizetype start, qsizetype end, const auto &) {
            reach.nearest(clauses.indexAt(start), end);
        });
        for (qsizetype i = 0; i < reach.count(); ++i) {
            if (reach.at(i) >= 0)
                sentence.forMentionsIn(reach.at(i), clauses.clause(i).end(),
                    [&](const Mention &m) { findings.add(m, role, p); });
        }
        return reach;
    };
    // Only the object of the verb: the first mention close after it.
    const auto object = [&](const QRegularExpression &re, std::uint64_t words, EntityRole role,
                            qsizetype within) {
        sentence.forEach(re, words, [&](qsizetype start, qsizetype end, const auto &) {
            const Mention *first = sentence.firstIn(end, clauses.at(start).end());
            if (first && first->span.start - end <= within)
                findings.add(*first, role, p);
        });
    };

    before({ { &c.threat, ThreatWord }, { &c.aggression, AggressionWord } }, EntityRole::Threat);
    sentence.forEach(c.aggressor, AggressionWord, [&](qsizetype start, qsizetype, const auto &) {
        const Mention *possessor = nullptr;
        sentence.forMentionsIn(
            clauses.at(start).start, start, [&](const Mention &m) { possessor = &m; });
        if (possessor && possessor->span.end() == start)
            findings.add(*possessor, EntityRole::Threat, p);
    });
    before({ { &c.underReview, ReviewWord } }, EntityRole::UnderReview);
    before({ { &c.cornerstone, CornerstoneWord } }, EntityRole::CornerstonePartner);
    after(c.supporter, SupportWord, EntityRole::SupporterOfThreat);
    object(c.criticised, CriticiseWord, EntityRole::Criticised, 40);
    // What the measures are against ("arms embargo on Myanmar", "sanctions to the entire
    // leadership of Myanmar's military").
    object(c.sanctioned, SanctionWord, EntityRole::Sanctioned, 60);

    const bool hasPriority
        = sentence.has(PriorityWord) && c.priority.match(sentence.body()).hasMatch();
    const bool develops
        = (sentence.has(PartnershipWord) && c.develop.match(sentence.body()).hasMatch())
        || continuesDevelop;
    EntityRole partnerRole = EntityRole::Partner;
    if (hasPriority)
        partnerRole = EntityRole::PriorityPartner;
    else if (develops)
        partnerRole = EntityRole::PartnerToDevelop;
    const ClauseReach partnerships = after(c.partnershipWith, PartnershipWord, partnerRole);
    bool anyPartnership = false;
    for (qsizetype i = 0; i < partnerships.count(); ++i)
        anyPartnership = anyPartnership || partnerships.at(i) >= 0;

    sentence.forEach(c.compound, CompoundWord, [&](qsizetype, qsizetype, const auto &match) {
        const qsizetype otherStart = s.sentence.start + match.capturedStart(u"other");
        const Mention *other = sentence.firstIn(otherStart, s.sentence.end());
        if (other && other->span.start == otherStart)
            findings.add(*other, EntityRole::Partner, p);
    });
    return anyPartnership && partnerRole == EntityRole::PartnerToDevelop;
}

} // namespace

int rolePrecedence(EntityRole role)
{
    switch (role) {
    case EntityRole::Threat:
        return 11;
    case EntityRole::SupporterOfThreat:
        return 10;
    case EntityRole::Sanctioned:
        return 8;
    case EntityRole::Criticised:
        return 7;
    case EntityRole::UnderReview:
        return 6;
    case EntityRole::PriorityPartner:
        return 5;
    case EntityRole::CornerstonePartner:
        return 4;
    case EntityRole::PartnerToDevelop:
        return 3;
    case EntityRole::PartnerOrganisation:
    case EntityRole::Partner:
        return 2;
    case EntityRole::Subject:
        return 1;
    case EntityRole::Mentioned:
        return 0;
    }
    return 0;
}

QHash<QString, RoleFinding> classifyRoles(
    const QList<SentenceMentions> &sentences, const QHash<QString, EntityKind> &kinds)
{
    Findings findings(kinds);
    int previousParagraph = -1;
    bool previousDevelops = false;
    for (const SentenceMentions &s : sentences) {
        const bool continues = s.paragraph == previousParagraph && previousDevelops
            && cues()
                   .continuation.match(s.text->mid(s.sentence.start, s.sentence.length))
                   .hasMatch();
        previousDevelops = classifySentence(s, continues, findings);
        previousParagraph = s.paragraph;
    }
    return findings.result();
}

} // namespace re
