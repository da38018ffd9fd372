// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RoleClassifier.h"

#include "import/TextScan.h"

#include <QRegularExpression>

namespace re {

namespace {

const QString selfId = QStringLiteral("EU");

QRegularExpression cue(const char *pattern)
{
    QRegularExpression re { QLatin1String(pattern) };
    re.optimize();
    return re;
}

struct Cues
{
    QRegularExpression threat
        = cue("\\b(?:constitutes?|poses?|represents?|remains?|is|are)\\s+(?:the\\s+|a\\s+)?"
              "(?:(?:most|single)\\s+)?(?:significant|main|greatest|biggest|major|direct|serious|"
              "principal|gravest|primary|existential)?\\s*threats?\\b");
    QRegularExpression aggression = cue(
        "\\b(?:continues?|continued|pursues?|pursued)\\s+its\\s+(?:war\\s+of\\s+)?aggression\\b");
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

/// Mentions of the sentence inside [from, to).
QList<Mention> mentionsIn(const SentenceMentions &s, qsizetype from, qsizetype to)
{
    QList<Mention> result;
    for (const Mention &m : s.mentions) {
        if (m.span.start >= from && m.span.end() <= to)
            result.append(m);
    }
    return result;
}

/// Runs `re` over the sentence; for each match calls `onMatch(matchStart, matchEnd, clause)`.
template<typename F>
void forEachCue(const SentenceMentions &s, const QRegularExpression &re, F onMatch)
{
    const QString body = s.text->mid(s.sentence.start, s.sentence.length);
    auto it = re.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = s.sentence.start + match.capturedStart();
        const qsizetype end = s.sentence.start + match.capturedEnd();
        onMatch(start, end, clauseAt(*s.text, s.sentence, start), match);
    }
}

/// Applies the cues of one sentence; returns whether it frames partnerships "to develop".
bool classifySentence(const SentenceMentions &s, bool continuesDevelop, Findings &findings)
{
    const Cues &c = cues();
    const int p = s.paragraph;
    const auto before = [&](EntityRole role) {
        return [&, role](qsizetype start, qsizetype, const TextSpan &clause, const auto &) {
            for (const Mention &m : mentionsIn(s, clause.start, start))
                findings.add(m, role, p);
        };
    };
    forEachCue(s, c.threat, before(EntityRole::Threat));
    forEachCue(s, c.aggression, before(EntityRole::Threat));
    forEachCue(s, c.underReview, before(EntityRole::UnderReview));
    forEachCue(s, c.cornerstone, before(EntityRole::CornerstonePartner));
    forEachCue(s, c.supporter, [&](qsizetype, qsizetype end, const TextSpan &clause, const auto &) {
        for (const Mention &m : mentionsIn(s, end, clause.end()))
            findings.add(m, EntityRole::SupporterOfThreat, p);
    });
    forEachCue(
        s, c.criticised, [&](qsizetype, qsizetype end, const TextSpan &clause, const auto &) {
            // Only the object of the verb: the first mention close after it.
            const QList<Mention> after = mentionsIn(s, end, clause.end());
            if (!after.isEmpty() && after.first().span.start - end <= 40)
                findings.add(after.first(), EntityRole::Criticised, p);
        });

    forEachCue(
        s, c.sanctioned, [&](qsizetype, qsizetype end, const TextSpan &clause, const auto &) {
            // What the measures are against: the first mention close after the cue ("arms
            // embargo on Myanmar", "sanctions to the entire leadership of Myanmar's military").
            const QList<Mention> after = mentionsIn(s, end, clause.end());
            if (!after.isEmpty() && after.first().span.start - end <= 60)
                findings.add(after.first(), EntityRole::Sanctioned, p);
        });

    const QString body = s.text->mid(s.sentence.start, s.sentence.length);
    const bool hasPriority = c.priority.match(body).hasMatch();
    const bool develops = c.develop.match(body).hasMatch() || continuesDevelop;
    bool framesDevelop = false;
    forEachCue(
        s, c.partnershipWith, [&](qsizetype, qsizetype end, const TextSpan &clause, const auto &) {
            EntityRole role = EntityRole::Partner;
            if (hasPriority)
                role = EntityRole::PriorityPartner;
            else if (develops)
                role = EntityRole::PartnerToDevelop;
            framesDevelop = framesDevelop || role == EntityRole::PartnerToDevelop;
            for (const Mention &m : mentionsIn(s, end, clause.end()))
                findings.add(m, role, p);
        });
    forEachCue(s, c.compound, [&](qsizetype, qsizetype, const TextSpan &, const auto &match) {
        const qsizetype otherStart = s.sentence.start + match.capturedStart(u"other");
        for (const Mention &m : s.mentions) {
            if (m.span.start == otherStart)
                findings.add(m, EntityRole::Partner, p);
        }
    });
    return framesDevelop;
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
        const QString body = s.text->mid(s.sentence.start, s.sentence.length);
        const bool continues = s.paragraph == previousParagraph && previousDevelops
            && cues().continuation.match(body).hasMatch();
        previousDevelops = classifySentence(s, continues, findings);
        previousParagraph = s.paragraph;
    }
    return findings.result();
}

} // namespace re
