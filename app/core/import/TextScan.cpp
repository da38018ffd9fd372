// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextScan.h"

#include "import/KeywordScanner.h"

#include <QRegularExpression>
#include <algorithm>

namespace re {

namespace {

bool isAbbreviation(const QString &text, qsizetype dot)
{
    // The word before the dot.
    qsizetype start = dot;
    while (start > 0 && (text.at(start - 1).isLetter() || text.at(start - 1) == u'.'))
        --start;
    const QString word = text.mid(start, dot - start + 1).toLower();
    static const QStringList abbreviations = {
        QStringLiteral("e.g."),
        QStringLiteral("i.e."),
        QStringLiteral("etc."),
        QStringLiteral("no."),
        QStringLiteral("art."),
        QStringLiteral("mr."),
        QStringLiteral("mrs."),
        QStringLiteral("ms."),
        QStringLiteral("dr."),
        QStringLiteral("vs."),
        QStringLiteral("cf."),
        QStringLiteral("para."),
        QStringLiteral("st."),
        QStringLiteral("nos."),
        QStringLiteral("arts."),
        QStringLiteral("u.s."),
        QStringLiteral("u.k."),
        QStringLiteral("approx."),
    };
    if (abbreviations.contains(word))
        return true;
    // A single capital initial ("J. Smith").
    return dot - start == 1 && text.at(start).isUpper();
}

} // namespace

QList<TextSpan> splitSentences(const QString &text)
{
    QList<TextSpan> sentences;
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n && text.at(start).isSpace())
        ++start;
    for (qsizetype i = start; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        // Closing quotes or brackets stay with the sentence.
        qsizetype end = i + 1;
        while (end < n
            && (text.at(end) == u'"' || text.at(end) == u'\u201D' || text.at(end) == u'\u2019'
                || text.at(end) == u')'))
            ++end;
        if (end < n && !text.at(end).isSpace())
            continue;
        qsizetype next = end;
        while (next < n && text.at(next).isSpace())
            ++next;
        if (next < n) {
            const QChar first = text.at(next);
            const bool startsSentence = first.isUpper() || first.isDigit() || first == u'"'
                || first == u'\u201C' || first == u'(' || first == u'\u2018';
            if (!startsSentence)
                continue;
        }
        if (c == u'.' && isAbbreviation(text, i))
            continue;
        sentences.append({ start, end - start });
        start = next;
        i = next - 1;
    }
    if (start < n) {
        qsizetype end = n;
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            sentences.append({ start, end - start });
    }
    return sentences;
}

namespace {

bool holdsBoundaryWords(QStringView sentence)
{
    static const KeywordScanner boundaryWords({ QStringLiteral(";"), QStringLiteral("which"),
        QStringLiteral("who"), QStringLiteral("whereas"), QStringLiteral("while") });
    return boundaryWords.presentMask(sentence) != 0;
}

} // namespace

Clauses::Clauses(const QString &text, const TextSpan &sentence)
    : Clauses(
        text, sentence, holdsBoundaryWords(QStringView(text).mid(sentence.start, sentence.length)))
{ }

Clauses::Clauses(const QString &text, const TextSpan &sentence, bool hasBoundaryWords)
    : m_sentence(sentence)
{
    // Most sentences have no boundary: without one of those words the expression cannot match.
    if (!hasBoundaryWords)
        return;
    static const QRegularExpression boundary(
        QStringLiteral(R"(;|,\s+(?=(?:which|who|whereas)\b)|,?\s+(?=while\b))"));
    const QString body = text.mid(sentence.start, sentence.length);
    auto it = boundary.globalMatch(body);
    while (it.hasNext()) {
        const auto match = it.next();
        m_boundaries.append({ sentence.start + match.capturedStart(), match.capturedLength() });
    }
}

qsizetype Clauses::indexAt(qsizetype position) const
{
    // The number of boundaries starting before `position`.
    return std::lower_bound(m_boundaries.cbegin(), m_boundaries.cend(), position,
               [](const TextSpan &b, qsizetype p) { return b.start < p; })
        - m_boundaries.cbegin();
}

TextSpan Clauses::clause(qsizetype index) const
{
    const qsizetype start = index > 0 ? m_boundaries.at(index - 1).end() : m_sentence.start;
    const qsizetype end
        = index < m_boundaries.size() ? m_boundaries.at(index).start : m_sentence.end();
    return { start, end - start };
}

bool isWholeWordAt(const QString &text, qsizetype position, qsizetype length)
{
    const bool startOk = position == 0 || !text.at(position - 1).isLetterOrNumber();
    const qsizetype end = position + length;
    const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
    return startOk && endOk;
}

} // namespace re
