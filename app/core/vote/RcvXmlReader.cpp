// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/RcvXmlReader.h"

#include "vote/PoliticalGroups.h"
#include "vote/VotePosition.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::RollCall)
};

/// The count of `position` in a row or in a vote's totals.
int &countOf(VotePosition position, int &votesFor, int &against, int &abstentions)
{
    switch (position) {
    case VotePosition::For:
        return votesFor;
    case VotePosition::Against:
        return against;
    default:
        return abstentions;
    }
}

/// Reads one RollCallVote.Result, the reader on its start element.
bool readResult(QXmlStreamReader &xml, RecordedVote &vote, QString *dlvId, QString *error)
{
    vote.id = xml.attributes().value(QLatin1String("Identifier")).toString();
    vote.date = xml.attributes().value(QLatin1String("Date")).toString();
    *dlvId = xml.attributes().value(QLatin1String("DlvId")).toString();
    QHash<QString, VoteBreakdownRow> groups;
    bool inPosition = false;
    VotePosition position = VotePosition::For;
    QString group;
    const auto fail = [&](const QString &sentence) {
        *error = sentence;
        return false;
    };
    while (xml.readNextStartElement()
        || (xml.isEndElement() && xml.name() != u"RollCallVote.Result")) {
        if (xml.isEndElement()) {
            if (xml.name() == u"Result.PoliticalGroup.List")
                group.clear();
            else if (xml.name().startsWith(u"Result."))
                inPosition = false;
            continue;
        }
        const QStringView name = xml.name();
        if (name == u"RollCallVote.Description.Text") {
            vote.description
                = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (name == u"Result.For" || name == u"Result.Against"
            || name == u"Result.Abstention") {
            inPosition = true;
            position = name == u"Result.For" ? VotePosition::For
                : name == u"Result.Against"  ? VotePosition::Against
                                             : VotePosition::Abstention;
            bool ok = false;
            const int number = xml.attributes().value(QLatin1String("Number")).toInt(&ok);
            if (!ok || number < 0 || number > MaxVotes) {
                return fail(
                    Tr::tr("vote %1: \"%2\" is not a number of votes")
                        .arg(vote.id, xml.attributes().value(QLatin1String("Number")).toString()));
            }
            countOf(position, vote.votesFor, vote.against, vote.abstentions) = number;
        } else if (name == u"Result.PoliticalGroup.List" && inPosition) {
            group = groupCodeOfRecordName(
                xml.attributes().value(QLatin1String("Identifier")).toString());
        } else if (name == u"PoliticalGroup.Member.Name" && inPosition && !group.isEmpty()) {
            VoteBreakdownRow &row = groups[group];
            row.code = group;
            ++countOf(position, row.votesFor, row.against, row.abstentions);
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return true; // the caller reports where the XML breaks
    for (VoteBreakdownRow &row : groups) {
        completeGroupLabels(row);
        vote.groups.append(row);
    }
    sortGroupRows(vote.groups);
    // The members listed must make the totals stated.
    qint64 listed[3] = { 0, 0, 0 };
    for (const VoteBreakdownRow &row : std::as_const(vote.groups)) {
        listed[0] += row.votesFor;
        listed[1] += row.against;
        listed[2] += row.abstentions;
    }
    const int stated[3] = { vote.votesFor, vote.against, vote.abstentions };
    for (int i = 0; i < 3; ++i) {
        if (listed[i] != stated[i]) {
            return fail(Tr::tr("vote %1: the record counts %2 under \u201c%3\u201d but lists %4 "
                               "members")
                            .arg(vote.id)
                            .arg(stated[i])
                            .arg(votePositionLabel(VotePosition(i)))
                            .arg(listed[i]));
        }
    }
    return true;
}

QString describe(const RecordedVote &vote)
{
    const QString what = vote.description.isEmpty() ? vote.title : vote.description;
    return Tr::tr("%1 (%2 for, %3 against, %4 abstentions: %5)")
        .arg(vote.id)
        .arg(vote.votesFor)
        .arg(vote.against)
        .arg(vote.abstentions)
        .arg(what.left(80));
}

QString listed(const QList<RecordedVote> &votes)
{
    QStringList items;
    for (qsizetype i = 0; i < votes.size() && i < 5; ++i)
        items.append(describe(votes.at(i)));
    QString text = items.join(QStringLiteral("; "));
    if (votes.size() > 5)
        text += Tr::tr("; and %n more", "", int(votes.size() - 5));
    return text;
}

} // namespace

std::optional<QList<RecordedVote>> readRollCallRecord(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    const auto notARecord = [&] {
        *error = Tr::tr("it is not the Parliament's roll-call record of a sitting (RCV XML)");
        return std::nullopt;
    };
    if (!xml.readNextStartElement() || xml.name() != u"PV.RollCallVoteResults")
        return notARecord();
    QList<RecordedVote> votes;
    QHash<QString, QString> deliveryOf; ///< vote id -> DlvId
    QHash<QString, QString> titles; ///< DlvId -> title
    while (xml.readNextStartElement()) {
        if (xml.name() == u"RollCallVote.Result") {
            RecordedVote vote;
            QString dlvId;
            if (!readResult(xml, vote, &dlvId, error))
                return std::nullopt;
            deliveryOf.insert(vote.id, dlvId);
            votes.append(vote);
        } else if (xml.name() == u"VoteTitles") {
            while (xml.readNextStartElement()) {
                const QString dlvId = xml.attributes().value(QLatin1String("DlvId")).toString();
                titles.insert(dlvId, xml.readElementText().simplified());
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = Tr::tr("the record is not well-formed XML: %1 (line %2)")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber());
        return std::nullopt;
    }
    if (votes.isEmpty()) {
        *error = Tr::tr("the record holds no roll-call vote");
        return std::nullopt;
    }
    for (RecordedVote &vote : votes)
        vote.title = titles.value(deliveryOf.value(vote.id));
    return votes;
}

std::optional<RecordedVote> chooseRecordedVote(
    const QList<RecordedVote> &votes, const Vote &totals, const QString &voteId, QString *error)
{
    if (!voteId.isEmpty()) {
        for (const RecordedVote &vote : votes) {
            if (vote.id == voteId)
                return vote;
        }
        *error = Tr::tr("the record holds no vote %1; its votes: %2").arg(voteId, listed(votes));
        return std::nullopt;
    }
    if (votes.size() == 1)
        return votes.first();
    QList<RecordedVote> fitting;
    for (const RecordedVote &vote : votes) {
        if (totals.cast() > 0 && vote.votesFor == totals.votesFor && vote.against == totals.against
            && vote.abstentions == totals.abstentions)
            fitting.append(vote);
    }
    if (fitting.size() == 1)
        return fitting.first();
    if (fitting.isEmpty()) {
        *error = totals.cast() > 0
            ? Tr::tr("no vote of the record has the document's totals (%1 for, %2 against, %3 "
                     "abstentions); choose one by its identifier: %4")
                  .arg(totals.votesFor)
                  .arg(totals.against)
                  .arg(totals.abstentions)
                  .arg(listed(votes))
            : Tr::tr("the record holds %n votes; choose one by its identifier: %1", "",
                int(votes.size()))
                  .arg(listed(votes));
    } else {
        *error = Tr::tr("%n votes of the record have the document's totals; choose one by its "
                        "identifier: %1",
            "", int(fitting.size()))
                     .arg(listed(fitting));
    }
    return std::nullopt;
}

} // namespace re
