// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace re {

/// A reporting verb found in a sentence.
struct VerbHit
{
    VerbKind kind;
    TextSpan span; ///< inside the paragraph text
};

/// Finds the reporting verbs of one sentence: a verb after a reporting subject ("Parliament
/// stressed", "Members believe", "It called for", "they also highlighted"), a passive
/// ("The Commission and Member States are invited to"), or a participle opening a clause
/// ("Stressing that", ", calling for", "while deploring"). One hit per verb kind, first
/// occurrence, in text order.
QList<VerbHit> findReportingVerbs(const QString &text, const TextSpan &sentence);

/// Deontic clauses of one sentence ("must be reassessed", "should", "needs to", "it is urgent
/// to"): each an implicit call of the statement, in text order.
QList<TextSpan> findDeonticClauses(const QString &text, const TextSpan &sentence);

/// findReportingVerbs() and findDeonticClauses() of one sentence, read in one scan.
struct SentenceActs
{
    QList<VerbHit> verbs;
    QList<TextSpan> deontic;
};
SentenceActs findSentenceActs(const QString &text, const TextSpan &sentence);

/// Who a directive verb (call, demand, invite, urge, encourage) addresses: the institutions
/// named as its object ("called on the Commission to", "called for the EU to") or as the
/// subject of its passive ("The Commission and Member States are invited"). Empty when the
/// sentence names none: the program never guesses an addressee.
QStringList findAddressees(const QString &text, const TextSpan &sentence, const VerbHit &verb);
/// The institutions a deontic clause of the sentence addresses as its subject ("Member States
/// should refrain ..."); empty when its subject is anything else.
QStringList findDeonticAddressees(
    const QString &text, const TextSpan &sentence, const TextSpan &clause);

/// The gazetteer entity id of an addressee findAddressees() gives ("Council" is "council");
/// empty for one that is no entity (Parliament, "partners").
QString addresseeEntity(const QString &addressee);

} // namespace re
