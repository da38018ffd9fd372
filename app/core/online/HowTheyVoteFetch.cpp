// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/HowTheyVoteFetch.h"

#include "io/AtomicWrite.h"
#include "online/OnlineSources.h"
#include "vote/RollCallReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The per-vote files fetched, in order (vote-data-formats.md, section 2).
constexpr const char *VoteFiles[] = { "groups", "countries", "members" };
constexpr int VoteFileCount = int(std::size(VoteFiles));

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().trimmed();
}

} // namespace

std::optional<QList<VoteCandidate>> parseVoteSearch(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue results = document.object().value("results"_L1);
    if (parseError.error != QJsonParseError::NoError || !results.isArray()) {
        if (error)
            *error = HowTheyVoteFetch::tr("HowTheyVote.eu's answer to the search is not the "
                                          "list of votes expected.");
        return std::nullopt;
    }
    QList<VoteCandidate> candidates;
    for (const QJsonValue &item : results.toArray()) {
        const QJsonObject object = item.toObject();
        VoteCandidate candidate;
        candidate.id = idText(object.value("id"_L1));
        static const QRegularExpression digits(u"^\\d{1,12}$"_s);
        if (!digits.match(candidate.id).hasMatch())
            continue;
        candidate.timestamp
            = QDateTime::fromString(object.value("timestamp"_L1).toString(), Qt::ISODate);
        candidate.title = object.value("display_title"_L1).toString();
        candidate.description = object.value("description"_L1).toString();
        candidate.reference = object.value("reference"_L1).toString();
        candidate.isMain = object.value("is_main"_L1).toBool();
        candidates.append(candidate);
    }
    return candidates;
}

HowTheyVoteFetch::HowTheyVoteFetch(QObject *parent) : OnlineFetch(parent) { }

QString HowTheyVoteFetch::voteFolder(const QString &voteId) const
{
    return cache().folder() + u"/votes/"_s + voteId;
}

void HowTheyVoteFetch::start(
    const QString &procedure, const Vote &totals, const QString &voteId, CachePolicy policy)
{
    begin(policy);
    m_procedure = procedure;
    m_totals = totals;
    m_voteId = voteId;
    m_candidates.clear();
    if (procedure.isEmpty()) {
        end();
        failed(tr("The document names no procedure, so its vote cannot be looked up on "
                  "HowTheyVote.eu."));
        return;
    }
    Q_EMIT stepChanged(tr("Searching HowTheyVote.eu for the votes on %1...").arg(procedure));
    fetch(OnlineSources::voteSearchUrl(procedure), WebClient::Expect::Json,
        [this](const FetchedPage *page) { readSearch(*page); });
}

void HowTheyVoteFetch::choose(const QString &voteId)
{
    if (isRunning())
        fetchVote(voteId);
}

void HowTheyVoteFetch::failed(const QString &error)
{
    Q_EMIT finished(std::nullopt, error);
}

void HowTheyVoteFetch::readSearch(const FetchedPage &page)
{
    QString error;
    const std::optional<QList<VoteCandidate>> found = parseVoteSearch(page.body, &error);
    if (!found) {
        end();
        failed(error);
        return;
    }
    m_candidates = *found;
    if (!m_voteId.isEmpty()) {
        fetchVote(m_voteId);
        return;
    }
    QList<VoteCandidate> finals;
    for (const VoteCandidate &candidate : std::as_const(m_candidates)) {
        if (candidate.isMain)
            finals.append(candidate);
    }
    if (finals.isEmpty()) {
        end();
        failed(tr("HowTheyVote.eu has no final vote on %1.").arg(m_procedure));
        return;
    }
    if (finals.size() == 1) {
        fetchVote(finals.constFirst().id);
        return;
    }
    Q_EMIT severalVotes(finals);
}

void HowTheyVoteFetch::fetchVote(const QString &voteId)
{
    m_voteId = voteId;
    Q_EMIT stepChanged(tr("Fetching how each group and country voted from HowTheyVote.eu..."));
    if (!QDir().mkpath(voteFolder(voteId))) {
        end();
        failed(tr("The cache folder %1 cannot be created.")
                   .arg(QDir::toNativeSeparators(voteFolder(voteId))));
        return;
    }
    fetchFile(0);
}

void HowTheyVoteFetch::fetchFile(int index)
{
    if (index == VoteFileCount) {
        readVote();
        return;
    }
    const QString kind = QString::fromLatin1(VoteFiles[index]);
    fetch(OnlineSources::voteCsvUrl(m_voteId, kind), WebClient::Expect::Csv,
        [this, index, kind](const FetchedPage *page) {
            QString error;
            if (!writeFileAtomically(
                    voteFolder(m_voteId) + u'/' + kind + u".csv"_s, page->body, &error)) {
                end();
                failed(error);
                return;
            }
            fetchFile(index + 1);
        });
}

void HowTheyVoteFetch::readVote()
{
    QString error;
    std::optional<Vote> vote = readRollCall(voteFolder(m_voteId), m_totals, &error);
    end();
    if (!vote) {
        failed(
            tr("HowTheyVote.eu's vote %1 does not match this document's: %2").arg(m_voteId, error));
        return;
    }
    QString date;
    for (const VoteCandidate &candidate : std::as_const(m_candidates)) {
        if (candidate.id == m_voteId && candidate.timestamp.isValid())
            date = u" ("_s + candidate.timestamp.date().toString(Qt::ISODate) + u')';
    }
    vote->breakdownSource = u"HowTheyVote.eu, ODbL, vote "_s + m_voteId + date;
    vote->sourceUrl = OnlineSources::votePageUrl(m_voteId).toString();
    Q_EMIT finished(vote, {});
}

} // namespace re
