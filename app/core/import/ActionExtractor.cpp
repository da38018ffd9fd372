// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ActionExtractor.h"

#include <QRegularExpression>
#include <algorithm>
#include <iterator>
#include <vector>

namespace re {

namespace {

struct VerbForms
{
    VerbKind kind;
    const char *finite; ///< after a reporting subject: past, present
    const char *participle; ///< opening a clause
    const char *passive; ///< after is/are, empty if none
};

// Alternatives are regex fragments matched case-insensitively as whole words.
constexpr VerbForms verbForms[] = {
    { VerbKind::Call, "call(?:ed|s)? (?:for|on|upon)", "calling (?:for|on|upon)",
        "called (?:on|upon)" },
    { VerbKind::Demand, "demand(?:ed|s)?", "demanding", "" },
    { VerbKind::Invite, "invit(?:ed|es)", "inviting", "invited" },
    { VerbKind::Urge, "urg(?:ed|es)", "urging", "urged" },
    { VerbKind::Insist, "insist(?:ed|s)?", "insisting", "" },
    { VerbKind::Stress, "stress(?:ed|es)?", "stressing", "" },
    { VerbKind::Emphasise, "emphasi[sz](?:ed|es|e)", "emphasi[sz]ing", "" },
    { VerbKind::Underline, "underlin(?:ed|es|e)|underscor(?:ed|es|e)", "underlining|underscoring",
        "" },
    { VerbKind::Highlight, "highlight(?:ed|s)?", "highlighting", "" },
    { VerbKind::Regret, "regret(?:ted|s)?", "regretting", "" },
    { VerbKind::Deplore, "deplor(?:ed|es|e)", "deploring", "" },
    { VerbKind::Condemn, "condemn(?:ed|s)?", "condemning", "" },
    { VerbKind::Consider, "consider(?:ed|s)?|believ(?:ed|es|e)|t(?:ook|akes?) the view",
        "considering|believing", "" },
    { VerbKind::Recall, "recall(?:ed|s)?", "recalling", "" },
    { VerbKind::Welcome, "welcom(?:ed|es|e)", "welcoming", "" },
    { VerbKind::Note, "not(?:ed|es)", "noting", "" },
    { VerbKind::Encourage, "encourag(?:ed|es)", "encouraging", "encouraged" },
    { VerbKind::Recognise, "recogni[sz](?:ed|es|e)", "recogni[sz]ing", "" },
    { VerbKind::Criticise, "critici[sz](?:ed|es|e)", "critici[sz]ing", "critici[sz]ed" },
};

/// Adverbs that may stand between a reporting subject (or "and") and its verb.
const QString adverbs
    = QStringLiteral("(?:also\\s+|further\\s+|strongly\\s+|firmly\\s+|once again\\s+|again\\s+|"
                     "deeply\\s+|vehemently\\s+|unequivocally\\s+|repeatedly\\s+)?");

const QString subjects = QStringLiteral("\\b(?:Parliament|Members|MEPs|[Ii]t|[Tt]hey|[Tt]he "
                                        "(?:resolution|report|text|House|[Cc]ommittee))"
                                        "\\s+");

/// One regular expression per form of reporting verb, every verb kind an alternative of its
/// own capture group: a sentence is scanned once per form, not once per kind and form.
struct VerbPattern
{
    QRegularExpression expression;
    QList<VerbKind> kinds; ///< the kind of capture group i + 1
};

struct VerbPatterns
{
    VerbPattern afterSubject;
    VerbPattern participle;
    VerbPattern passive;
    /// A second finite verb of the same subject: "Parliament condemned ... and strongly
    /// deplored ..."; only looked for once a subject-led verb was found.
    VerbPattern coordinated;
};

VerbPattern alternatives(const QString &before, const char *VerbForms::*form)
{
    VerbPattern pattern;
    QStringList groups;
    for (const VerbForms &forms : verbForms) {
        if (!*(forms.*form))
            continue;
        groups.append(QStringLiteral("((?i:") + QLatin1String(forms.*form) + QStringLiteral("))"));
        pattern.kinds.append(forms.kind);
    }
    pattern.expression = QRegularExpression(
        before + QStringLiteral("(?:") + groups.join(u'|') + QStringLiteral(")\\b"));
    pattern.expression.optimize();
    return pattern;
}

const VerbPatterns &verbPatterns()
{
    static const VerbPatterns patterns {
        alternatives(subjects + adverbs, &VerbForms::finite),
        alternatives(QStringLiteral("(?:^|[,;]\\s*|\\bwhile\\s+|\\band\\s+|\\bby\\s+)"),
            &VerbForms::participle),
        alternatives(
            QStringLiteral("\\b(?:is|are|was|were)\\s+(?:also\\s+)?"), &VerbForms::passive),
        alternatives(QStringLiteral("\\band\\s+") + adverbs, &VerbForms::finite),
    };
    return patterns;
}

/// Keeps, per kind, the first verb `pattern` finds in `body`; returns whether it found any.
bool scan(const VerbPattern &pattern, const QString &body, std::vector<TextSpan> &first)
{
    bool found = false;
    QRegularExpressionMatchIterator it = pattern.expression.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (int group = 1; group <= pattern.kinds.size(); ++group) {
            if (match.capturedStart(group) < 0)
                continue;
            TextSpan &best = first[size_t(pattern.kinds.at(group - 1))];
            if (best.start < 0 || match.capturedStart(group) < best.start)
                best = { match.capturedStart(group), match.capturedLength(group) };
            found = true;
            break;
        }
    }
    return found;
}

bool isDirective(VerbKind kind)
{
    return kind == VerbKind::Call || kind == VerbKind::Demand || kind == VerbKind::Invite
        || kind == VerbKind::Urge || kind == VerbKind::Encourage;
}

/// The addressees findAddressees() knows: how a text names them, the name it gives, and the
/// gazetteer entity that stands for them (none for Parliament, the speaker, and "partners").
struct Institution
{
    const char *pattern;
    const char *name;
    const char *entity;
};

constexpr Institution institutions[] = {
    { "\\bCommission\\b", "Commission", "commission" },
    { "\\bCouncil\\b(?! of Europe)", "Council", "council" },
    { "\\bMember States\\b", "Member States", "member-states" },
    { "\\b(?:VP/HR|HR/VP|High Representative)\\b", "High Representative", "vp-hr" },
    { "\\b(?:EU|Union)\\b(?!\\s+(?:Member States|institutions))", "EU", "EU" },
    { "\\bParliament\\b", "Parliament", "" },
    { "\\bpartners\\b", "partners", "" },
};

/// Institutions a text names, in a fixed order.
QStringList institutionsIn(const QString &text)
{
    static const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> result;
        for (const Institution &institution : institutions)
            result.append(QRegularExpression(QLatin1String(institution.pattern)));
        return result;
    }();
    QStringList result;
    for (qsizetype i = 0; i < compiled.size(); ++i) {
        if (compiled.at(i).match(text).hasMatch())
            result.append(QLatin1String(institutions[i].name));
    }
    return result;
}

} // namespace

QList<VerbHit> findReportingVerbs(const QString &text, const TextSpan &sentence)
{
    const QString body = text.mid(sentence.start, sentence.length);
    const VerbPatterns &patterns = verbPatterns();
    std::vector<TextSpan> first(std::size(verbForms) + 1, TextSpan { -1, 0 });
    const bool subjectLed = scan(patterns.afterSubject, body, first);
    scan(patterns.participle, body, first);
    scan(patterns.passive, body, first);
    if (subjectLed)
        scan(patterns.coordinated, body, first);
    QList<VerbHit> hits;
    for (const VerbForms &forms : verbForms) {
        const TextSpan &span = first[size_t(forms.kind)];
        if (span.start >= 0)
            hits.append({ forms.kind, { sentence.start + span.start, span.length } });
    }
    std::sort(hits.begin(), hits.end(),
        [](const VerbHit &a, const VerbHit &b) { return a.span.start < b.span.start; });
    return hits;
}

QList<TextSpan> findDeonticClauses(const QString &text, const TextSpan &sentence)
{
    static const QRegularExpression deontic(QStringLiteral(
        "\\b(?:must|should|ought to|needs? to|has to|have to|"
        "it is (?:urgent|essential|necessary|vital|crucial|imperative|important) (?:to|that)|"
        "there is an? (?:urgent |pressing |clear )?need (?:to|for))\\b"));
    QList<TextSpan> spans;
    const QString body = text.mid(sentence.start, sentence.length);
    QRegularExpressionMatchIterator it = deontic.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        spans.append({ sentence.start + match.capturedStart(), match.capturedLength() });
    }
    return spans;
}

QString addresseeEntity(const QString &addressee)
{
    for (const Institution &institution : institutions) {
        if (addressee == QLatin1String(institution.name))
            return QLatin1String(institution.entity);
    }
    return {};
}

QStringList findAddressees(const QString &text, const TextSpan &sentence, const VerbHit &verb)
{
    if (!isDirective(verb.kind))
        return {};
    const qsizetype verbEnd = verb.span.end();
    const QString before = text.mid(sentence.start, verb.span.start - sentence.start);
    static const QRegularExpression passiveTail(
        QStringLiteral("\\b(?:is|are|was|were)\\s+(?:also\\s+)?$"));
    const QRegularExpressionMatch passive = passiveTail.match(before);
    if (passive.hasMatch()) {
        // "The Commission and Member States are invited to ...": the subject is addressed.
        qsizetype clauseStart = before.lastIndexOf(u',', passive.capturedStart()) + 1;
        return institutionsIn(before.mid(clauseStart, passive.capturedStart() - clauseStart));
    }
    // "called on the Commission to", "called for the EU to": the object before "to <verb>".
    const QString after = text.mid(verbEnd, sentence.end() - verbEnd);
    static const QRegularExpression objectTo(QStringLiteral(
        "^\\s+(?:on\\s+|upon\\s+)?(?<object>(?:the\\s+)?[^,;]{1,80}?)\\s+to(?:\\s+[a-z]+|\\s*:)"));
    const QRegularExpressionMatch object = objectTo.match(after);
    if (!object.hasMatch())
        return {};
    const QString candidate = object.captured(u"object");
    // Only when the object is made of institution names ("the Commission and the Member States").
    static const QRegularExpression institutionsOnly(
        QStringLiteral("^(?:(?:the|its|all|and|,|\\s|Commission|Council|Member "
                       "States|EU|Union|Parliament|partners|"
                       "VP/HR|HR/VP|High Representative)+)$"));
    if (!institutionsOnly.match(candidate).hasMatch())
        return {};
    return institutionsIn(candidate);
}

} // namespace re
