// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"
#include "online/OnlineFetch.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace re {

/// A vote HowTheyVote.eu's search found.
struct VoteCandidate
{
    QString id; ///< "171234"
    QDateTime timestamp;
    QString title; ///< display_title
    QString description; ///< "Motion for resolution", "§ 3/2"...
    QString reference; ///< the plenary document, "A10-0011/2026"
    bool isMain = false; ///< the final vote on the text
};

/// Reads an answer of HowTheyVote.eu's GET /api/votes/search (docs/ONLINE.md): the votes it
/// lists, or nullopt with one sentence in *error.
std::optional<QList<VoteCandidate>> parseVoteSearch(const QByteArray &json, QString *error);

/// Gets the roll-call data of a document's vote from HowTheyVote.eu: searches the votes of its
/// procedure, keeps the main (final) ones, and fetches the chosen vote's groups, countries and
/// members CSV files into the cache (FOLDER/votes/ID/), which are then read as if the user had
/// imported them by hand (readRollCall(): every breakdown must add up to the document's totals).
class HowTheyVoteFetch : public OnlineFetch
{
    Q_OBJECT
public:
    explicit HowTheyVoteFetch(QObject *parent = nullptr);

    /// `voteId` names the vote when the user already chose one.
    void start(const QString &procedure, const Vote &totals, const QString &voteId = {},
        CachePolicy policy = CachePolicy::PreferCache);
    /// After severalVotes(): goes on with the vote chosen.
    void choose(const QString &voteId);

    /// The folder the CSV files of a vote are kept in.
    QString voteFolder(const QString &voteId) const;

Q_SIGNALS:
    /// More than one final vote: the job waits for choose() or cancel().
    void severalVotes(const QList<re::VoteCandidate> &candidates);
    /// The document's vote with the breakdowns attached, or nullopt with one sentence (empty
    /// when cancelled).
    void finished(const std::optional<re::Vote> &vote, const QString &error);

protected:
    void failed(const QString &error) override;

private:
    void readSearch(const FetchedPage &page);
    void fetchVote(const QString &voteId);
    void fetchFile(int index);
    void readVote();

    QString m_procedure;
    Vote m_totals;
    QString m_voteId;
    QList<VoteCandidate> m_candidates;
};

} // namespace re
