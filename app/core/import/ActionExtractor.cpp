// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ActionExtractor.h"

#include "import/KeywordScanner.h"

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
    { VerbKind::Call, "call(?:ed|s)? (?:for|on|upon)|propos(?:ed|es)",
        "calling (?:for|on|upon)|proposing", "called (?:on|upon)" },
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
    { VerbKind::Note, "not(?:ed|es)|point(?:ed|s) out", "noting|pointing out", "" },
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
    AnchoredExpression expression;
    QList<VerbKind> kinds; ///< the kind of capture group i + 1
};

/// Words without which a pattern cannot match (lower case; the patterns' case or more): a
/// sentence is scanned once for all of them, and each pattern tried only where it may match.
enum VerbWord : std::uint64_t {
    SubjectWord = 1 << 0, ///< a reporting subject starts there
    AndWord = 1 << 1, ///< a coordinated verb may start there
    FiniteWord = 1 << 2,
    ParticipleWord = 1 << 3,
    PassiveWord = 1 << 4,
    ClauseWord = 1 << 6, ///< a word a participle may follow
    BeWord = 1 << 8, ///< a passive may start there
    DeonticWord = 1 << 9,
};

struct VerbKeyword
{
    const char *text;
    std::uint64_t words;
};

constexpr VerbKeyword verbKeywords[] = {
    // The subjects of `subjects`, where a subject-led verb can start.
    { "parliament", SubjectWord },
    { "members", SubjectWord },
    { "meps", SubjectWord },
    { "it", SubjectWord },
    { "they", SubjectWord },
    { "the resolution", SubjectWord },
    { "the report", SubjectWord },
    { "the text", SubjectWord },
    { "the house", SubjectWord },
    { "the committee", SubjectWord },
    { "and", AndWord | ClauseWord },
    { "while", ClauseWord },
    { "by", ClauseWord },
    { "is", BeWord },
    { "are", BeWord },
    { "was", BeWord },
    { "were", BeWord },
    // A stem of every finite form of verbForms, and every participle and passive form.
    { "call", FiniteWord },
    { "propos", FiniteWord },
    { "point", FiniteWord },
    { "demand", FiniteWord },
    { "invit", FiniteWord },
    { "urg", FiniteWord },
    { "insist", FiniteWord },
    { "stress", FiniteWord },
    { "emphasi", FiniteWord },
    { "underlin", FiniteWord },
    { "underscor", FiniteWord },
    { "highlight", FiniteWord },
    { "regret", FiniteWord },
    { "deplor", FiniteWord },
    { "condemn", FiniteWord },
    { "consider", FiniteWord },
    { "believ", FiniteWord },
    { "took", FiniteWord },
    { "take", FiniteWord },
    { "recall", FiniteWord },
    { "welcom", FiniteWord },
    { "noted", FiniteWord },
    { "notes", FiniteWord },
    { "encourag", FiniteWord },
    { "recogni", FiniteWord },
    { "critici", FiniteWord },
    { "calling", ParticipleWord },
    { "proposing", ParticipleWord },
    { "pointing", ParticipleWord },
    { "demanding", ParticipleWord },
    { "inviting", ParticipleWord },
    { "urging", ParticipleWord },
    { "insisting", ParticipleWord },
    { "stressing", ParticipleWord },
    { "emphasising", ParticipleWord },
    { "emphasizing", ParticipleWord },
    { "underlining", ParticipleWord },
    { "underscoring", ParticipleWord },
    { "highlighting", ParticipleWord },
    { "regretting", ParticipleWord },
    { "deploring", ParticipleWord },
    { "condemning", ParticipleWord },
    { "considering", ParticipleWord },
    { "believing", ParticipleWord },
    { "recalling", ParticipleWord },
    { "welcoming", ParticipleWord },
    { "noting", ParticipleWord },
    { "encouraging", ParticipleWord },
    { "recognising", ParticipleWord },
    { "recognizing", ParticipleWord },
    { "criticising", ParticipleWord },
    { "criticizing", ParticipleWord },
    { "called", PassiveWord },
    { "invited", PassiveWord },
    { "urged", PassiveWord },
    { "encouraged", PassiveWord },
    { "criticised", PassiveWord },
    { "criticized", PassiveWord },
    // The deontic expression's.
    { "must", DeonticWord },
    { "should", DeonticWord },
    { "shall", DeonticWord },
    { "ought to", DeonticWord },
    { "need", DeonticWord },
    { "has to", DeonticWord },
    { "have to", DeonticWord },
    { "it is ", DeonticWord },
};

/// The verb keywords a sentence holds, and where those that start a pattern start (ascending;
/// words only at a word start, as the patterns' \b wants).
struct VerbWordsFound
{
    std::uint64_t words = 0;
    std::vector<qsizetype> subjects; ///< afterSubject's
    std::vector<qsizetype> ands; ///< coordinated's
    /// participle's: the start, ',' and ';', and words (only when a participle is there)
    std::vector<qsizetype> clauseStarts;
    std::vector<qsizetype> beVerbs; ///< passive's
    bool validUtf16 = true;
};

VerbWordsFound findVerbWords(const QString &body)
{
    static const KeywordScanner scanner = [] {
        QStringList keywords;
        for (const VerbKeyword &keyword : verbKeywords)
            keywords.append(QLatin1String(keyword.text));
        return KeywordScanner(keywords);
    }();
    VerbWordsFound found;
    // Every keyword stands at a word start where its pattern matches: the verb forms after a
    // subject, "and", a mark or a word and white space, the rest after \b.
    scanner.scanWordStarts(body, [&](qsizetype start, int keyword) {
        const std::uint64_t words = verbKeywords[keyword].words;
        found.words |= words;
        if (words & SubjectWord)
            found.subjects.push_back(start);
        if (words & AndWord)
            found.ands.push_back(start);
        if (words & ClauseWord)
            found.clauseStarts.push_back(start);
        if (words & BeWord)
            found.beVerbs.push_back(start);
    });
    // The verb forms match in any case, where a Kelvin sign or long s may stand for k or s.
    if (KeywordScanner::hasNonAsciiCaseVariant(body))
        found.words |= FiniteWord | ParticipleWord | PassiveWord;
    if (found.words & ParticipleWord) {
        found.clauseStarts.push_back(0);
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) == u',' || body.at(i) == u';')
                found.clauseStarts.push_back(i);
        }
    }
    found.validUtf16 = AnchoredExpression::isValidUtf16(body);
    for (std::vector<qsizetype> *starts :
        { &found.subjects, &found.ands, &found.clauseStarts, &found.beVerbs }) {
        std::sort(starts->begin(), starts->end());
        starts->erase(std::unique(starts->begin(), starts->end()), starts->end());
    }
    return found;
}

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
    QList<VerbKind> kinds;
    QStringList groups;
    for (const VerbForms &forms : verbForms) {
        if (!*(forms.*form))
            continue;
        groups.append(QStringLiteral("((?i:") + QLatin1String(forms.*form) + QStringLiteral("))"));
        kinds.append(forms.kind);
    }
    QRegularExpression expression(
        before + QStringLiteral("(?:") + groups.join(u'|') + QStringLiteral(")\\b"));
    expression.optimize();
    return { AnchoredExpression(expression), kinds };
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

/// Keeps, per kind, the first verb of `match` of `pattern`; returns whether it held one.
bool keepFirst(
    const VerbPattern &pattern, const QRegularExpressionMatch &match, std::vector<TextSpan> &first)
{
    for (int group = 1; group <= pattern.kinds.size(); ++group) {
        if (match.capturedStart(group) < 0)
            continue;
        TextSpan &best = first[size_t(pattern.kinds.at(group - 1))];
        if (best.start < 0 || match.capturedStart(group) < best.start)
            best = { match.capturedStart(group), match.capturedLength(group) };
        return true;
    }
    return false;
}

/// Keeps, per kind, the first verb `pattern` finds in `body`, trying it only at `starts` (where
/// every match of it starts); returns whether it found any.
bool scanAt(const VerbPattern &pattern, const QString &body, bool validUtf16,
    const std::vector<qsizetype> &starts, std::vector<TextSpan> &first)
{
    bool found = false;
    pattern.expression.forEachMatchAt(
        body, validUtf16, starts, [&](const QRegularExpressionMatch &match) {
            found = keepFirst(pattern, match, first) || found;
        });
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

SentenceActs findSentenceActs(const QString &text, const TextSpan &sentence)
{
    const QString body = text.mid(sentence.start, sentence.length);
    const VerbWordsFound words = findVerbWords(body);
    SentenceActs acts;

    const VerbPatterns &patterns = verbPatterns();
    std::vector<TextSpan> first(std::size(verbForms) + 1, TextSpan { -1, 0 });
    const bool subjectLed = (words.words & FiniteWord) != 0
        && scanAt(patterns.afterSubject, body, words.validUtf16, words.subjects, first);
    if (words.words & ParticipleWord)
        scanAt(patterns.participle, body, words.validUtf16, words.clauseStarts, first);
    if (words.words & PassiveWord)
        scanAt(patterns.passive, body, words.validUtf16, words.beVerbs, first);
    if (subjectLed)
        scanAt(patterns.coordinated, body, words.validUtf16, words.ands, first);
    for (const VerbForms &forms : verbForms) {
        const TextSpan &span = first[size_t(forms.kind)];
        if (span.start >= 0)
            acts.verbs.append({ forms.kind, { sentence.start + span.start, span.length } });
    }
    std::sort(acts.verbs.begin(), acts.verbs.end(),
        [](const VerbHit &a, const VerbHit &b) { return a.span.start < b.span.start; });

    // Most sentences hold none of the words the deontic expression needs.
    if ((words.words & DeonticWord) == 0)
        return acts;
    static const QRegularExpression deontic(QStringLiteral(
        "\\b(?:must|should|shall|ought to|needs? to|has to|have to|"
        "it is (?:urgent|essential|necessary|vital|crucial|imperative|important) (?:to|that)|"
        "there is an? (?:urgent |pressing |clear )?need (?:to|for))\\b"));
    QRegularExpressionMatchIterator it = deontic.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        acts.deontic.append({ sentence.start + match.capturedStart(), match.capturedLength() });
    }
    return acts;
}

QList<VerbHit> findReportingVerbs(const QString &text, const TextSpan &sentence)
{
    return findSentenceActs(text, sentence).verbs;
}

QList<TextSpan> findDeonticClauses(const QString &text, const TextSpan &sentence)
{
    return findSentenceActs(text, sentence).deontic;
}

QString addresseeEntity(const QString &addressee)
{
    for (const Institution &institution : institutions) {
        if (addressee == QLatin1String(institution.name))
            return QLatin1String(institution.entity);
    }
    return {};
}

namespace {

/// Whether `text` names institutions and nothing else ("the Commission and the Member States").
bool madeOfInstitutions(const QString &text)
{
    static const QRegularExpression institutionsOnly(
        QStringLiteral("^(?:(?:the|its|all|and|,|\\s|Commission|Council|Member "
                       "States|EU|Union|Parliament|partners|"
                       "VP/HR|HR/VP|High Representative)+)$"));
    return institutionsOnly.match(text).hasMatch();
}

} // namespace

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
    if (!madeOfInstitutions(candidate))
        return {};
    return institutionsIn(candidate);
}

QStringList findDeonticAddressees(
    const QString &text, const TextSpan &sentence, const TextSpan &clause)
{
    // "Member States should refrain from ...", "..., the Commission should present ...": the
    // subject of the clause, from the start of the sentence or the last comma before it.
    const QString before = text.mid(sentence.start, clause.start - sentence.start);
    const qsizetype subjectStart = std::max(before.lastIndexOf(u','), before.lastIndexOf(u';')) + 1;
    const QString subject = before.mid(subjectStart).trimmed();
    if (subject.isEmpty() || !madeOfInstitutions(subject))
        return {};
    return institutionsIn(subject);
}

} // namespace re
