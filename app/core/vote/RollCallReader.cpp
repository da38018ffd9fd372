// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/RollCallReader.h"

#include "io/FileRead.h"
#include "vote/BulkExport.h"
#include "vote/CsvTable.h"
#include "vote/PoliticalGroups.h"
#include "vote/RcvXmlReader.h"
#include "vote/VotePosition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace re {

namespace {

constexpr qint64 kMaxFileSize = 32 * 1024 * 1024;

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::RollCall)
};

QString kindName(RollCallFileKind kind)
{
    switch (kind) {
    case RollCallFileKind::Groups:
        return Tr::tr("groups");
    case RollCallFileKind::Countries:
        return Tr::tr("countries");
    case RollCallFileKind::Members:
        return Tr::tr("members");
    }
    return {};
}

/// "votes in favour", "votes against", "abstentions", "members who did not vote".
QString countPhrase(VotePosition position, int count)
{
    switch (position) {
    case VotePosition::For:
        return Tr::tr("%1 votes in favour").arg(count);
    case VotePosition::Against:
        return Tr::tr("%1 votes against").arg(count);
    case VotePosition::Abstention:
        return Tr::tr("%1 abstentions").arg(count);
    case VotePosition::DidNotVote:
        return Tr::tr("%1 members who did not vote").arg(count);
    }
    return {};
}

/// One file's rows, already aggregated.
struct Breakdown
{
    QString source; ///< "the groups file (x.csv)", for messages
    QList<VoteBreakdownRow> rows;
    bool didNotVoteKnown = false; ///< the file says who did not vote
};

struct FileData
{
    RollCallFileKind kind = RollCallFileKind::Groups;
    QString fileName;
    Breakdown groups; ///< groups file, or the members file aggregated by group
    Breakdown countries; ///< countries file, or the members file aggregated by country
};

class Failure
{
public:
    explicit Failure(QString *error) : m_error(error) { }
    std::nullopt_t operator()(const QString &sentence) const
    {
        // One line, even when it quotes a field that held a line break.
        if (m_error) {
            *m_error = sentence;
            for (QChar &c : *m_error) {
                if (c == u'\n' || c == u'\r')
                    c = u' ';
            }
        }
        return std::nullopt;
    }

private:
    QString *m_error;
};

int sum(const QList<VoteBreakdownRow> &rows, VotePosition position)
{
    int total = 0;
    for (const VoteBreakdownRow &row : rows)
        total += voteCount(row, position);
    return total;
}

void sortRows(QList<VoteBreakdownRow> &rows, RollCallFileKind kind)
{
    if (kind == RollCallFileKind::Groups)
        sortGroupRows(rows);
    else
        sortCountryRows(rows);
}

std::optional<QList<VoteBreakdownRow>> readCountTable(const CsvTable &table, RollCallFileKind kind,
    const QString &fileName, bool *dnvKnown, QString *error)
{
    const Failure fail(error);
    const int code = table.column(QStringLiteral("code"));
    const int label = table.column(QStringLiteral("label"));
    const int shortLabel
        = table.column(kind == RollCallFileKind::Groups ? QStringLiteral("short_label")
                                                        : QStringLiteral("iso_alpha_2"));
    int abstentions = table.column(QStringLiteral("count_abstentions"));
    if (abstentions < 0) // the bulk files' spelling
        abstentions = table.column(QStringLiteral("count_abstention"));
    const QList<std::pair<QString, int>> required = {
        { QStringLiteral("code"), code },
        { QStringLiteral("count_for"), table.column(QStringLiteral("count_for")) },
        { QStringLiteral("count_against"), table.column(QStringLiteral("count_against")) },
        { QStringLiteral("count_abstentions"), abstentions },
    };
    for (const auto &[name, index] : required) {
        if (index < 0)
            return fail(Tr::tr("%1 lacks the column %2 that a %3 file needs")
                            .arg(fileName, name, kindName(kind)));
    }
    const int dnv = table.column(QStringLiteral("count_did_not_vote"));
    *dnvKnown = dnv >= 0;
    const QList<std::pair<QString, int>> counts = {
        { QStringLiteral("count_for"), required.at(1).second },
        { QStringLiteral("count_against"), required.at(2).second },
        { QStringLiteral("count_abstentions"), abstentions },
        { QStringLiteral("count_did_not_vote"), dnv },
    };

    QList<VoteBreakdownRow> rows;
    QSet<QString> seen;
    qint64 columnTotals[4] = { 0, 0, 0, 0 };
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &fields = table.rows.at(r);
        const int line = table.lines.at(r);
        if (fields.size() != table.header.size())
            return fail(Tr::tr("%1, line %2: %3 fields where the header names %4")
                            .arg(fileName)
                            .arg(line)
                            .arg(fields.size())
                            .arg(table.header.size()));
        VoteBreakdownRow row;
        row.code = fields.at(code).trimmed();
        if (row.code.isEmpty())
            return fail(Tr::tr("%1, line %2: the code is empty").arg(fileName).arg(line));
        if (seen.contains(row.code))
            return fail(
                Tr::tr("%1, line %2: %3 appears twice").arg(fileName).arg(line).arg(row.code));
        seen.insert(row.code);
        if (label >= 0)
            row.label = fields.at(label).trimmed();
        if (shortLabel >= 0)
            row.shortLabel = fields.at(shortLabel).trimmed();
        int values[4] = { 0, 0, 0, 0 };
        for (int c = 0; c < 4; ++c) {
            const int index = counts.at(c).second;
            if (index < 0)
                continue;
            const QString text = fields.at(index).trimmed();
            bool ok = false;
            values[c] = text.toInt(&ok);
            if (!ok || values[c] < 0)
                return fail(Tr::tr("%1, line %2: \"%3\" in %4 is not a number of votes")
                                .arg(fileName)
                                .arg(line)
                                .arg(text, counts.at(c).first));
            // Bounded by what a parliament can cast (MaxVotes, document/Document.h).
            columnTotals[c] += values[c];
            if (columnTotals[c] > MaxVotes)
                return fail(Tr::tr("%1, line %2: the %3 column adds up to more than %4 votes, "
                                   "more than any parliament casts")
                                .arg(fileName)
                                .arg(line)
                                .arg(counts.at(c).first)
                                .arg(MaxVotes));
        }
        row.votesFor = values[0];
        row.against = values[1];
        row.abstentions = values[2];
        row.didNotVote = values[3];
        if (kind == RollCallFileKind::Groups)
            completeGroupLabels(row);
        else if (row.label.isEmpty())
            row.label = row.code;
        rows.append(row);
    }
    if (rows.isEmpty())
        return fail(Tr::tr("%1 holds no rows").arg(fileName));
    sortRows(rows, kind);
    return rows;
}

bool readMembers(const CsvTable &table, FileData &data, QString *error)
{
    const Failure fail(error);
    const QString &fileName = data.fileName;
    const int position = table.column(QStringLiteral("position"));
    const int groupCode = table.column(QStringLiteral("member.group.code"));
    const int countryCode = table.column(QStringLiteral("member.country.code"));
    const QList<std::pair<QString, int>> required = {
        { QStringLiteral("position"), position },
        { QStringLiteral("member.country.code"), countryCode },
        { QStringLiteral("member.group.code"), groupCode },
    };
    for (const auto &[name, index] : required) {
        if (index < 0) {
            fail(Tr::tr("%1 lacks the column %2 that a members file needs").arg(fileName, name));
            return false;
        }
    }
    const int memberId = table.column(QStringLiteral("member.id"));
    const int groupLabel = table.column(QStringLiteral("member.group.label"));
    const int groupShort = table.column(QStringLiteral("member.group.short_label"));
    const int countryLabel = table.column(QStringLiteral("member.country.label"));
    const int countryAlpha2 = table.column(QStringLiteral("member.country.iso_alpha_2"));
    const QHash<QString, VotePosition> positions = {
        { QStringLiteral("FOR"), VotePosition::For },
        { QStringLiteral("AGAINST"), VotePosition::Against },
        { QStringLiteral("ABSTENTION"), VotePosition::Abstention },
        { QStringLiteral("DID_NOT_VOTE"), VotePosition::DidNotVote },
    };

    QHash<QString, VoteBreakdownRow> groups;
    QHash<QString, VoteBreakdownRow> countries;
    QSet<QString> members;
    auto field = [](const QStringList &fields, int index) {
        return index >= 0 ? fields.at(index).trimmed() : QString();
    };
    auto add = [](VoteBreakdownRow &row, VotePosition p) {
        switch (p) {
        case VotePosition::For:
            ++row.votesFor;
            break;
        case VotePosition::Against:
            ++row.against;
            break;
        case VotePosition::Abstention:
            ++row.abstentions;
            break;
        case VotePosition::DidNotVote:
            ++row.didNotVote;
            break;
        }
    };
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &fields = table.rows.at(r);
        const int line = table.lines.at(r);
        if (fields.size() != table.header.size()) {
            fail(Tr::tr("%1, line %2: %3 fields where the header names %4")
                     .arg(fileName)
                     .arg(line)
                     .arg(fields.size())
                     .arg(table.header.size()));
            return false;
        }
        const QString positionText = field(fields, position);
        const auto found = positions.constFind(positionText.toUpper());
        if (found == positions.cend()) {
            fail(Tr::tr("%1, line %2: \"%3\" is not a position (FOR, AGAINST, ABSTENTION or "
                        "DID_NOT_VOTE)")
                     .arg(fileName)
                     .arg(line)
                     .arg(positionText));
            return false;
        }
        const QString id = field(fields, memberId);
        if (!id.isEmpty()) {
            if (members.contains(id)) {
                fail(
                    Tr::tr("%1, line %2: member %3 appears twice").arg(fileName).arg(line).arg(id));
                return false;
            }
            members.insert(id);
        }
        const QString group = field(fields, groupCode);
        const QString country = field(fields, countryCode);
        if (group.isEmpty() || country.isEmpty()) {
            fail(Tr::tr("%1, line %2: the member's group or country code is empty")
                     .arg(fileName)
                     .arg(line));
            return false;
        }
        VoteBreakdownRow &g = groups[group];
        if (g.code.isEmpty()) {
            g.code = group;
            g.label = field(fields, groupLabel);
            g.shortLabel = field(fields, groupShort);
            completeGroupLabels(g);
        }
        add(g, *found);
        VoteBreakdownRow &c = countries[country];
        if (c.code.isEmpty()) {
            c.code = country;
            c.label = field(fields, countryLabel);
            c.shortLabel = field(fields, countryAlpha2);
            if (c.label.isEmpty())
                c.label = country;
        }
        add(c, *found);
    }
    if (groups.isEmpty()) {
        fail(Tr::tr("%1 holds no rows").arg(fileName));
        return false;
    }
    const QString source = Tr::tr("the members file (%1)").arg(fileName);
    data.groups = { source, groups.values(), true };
    data.countries = { source, countries.values(), true };
    sortRows(data.groups.rows, RollCallFileKind::Groups);
    sortRows(data.countries.rows, RollCallFileKind::Countries);
    return true;
}

/// Reads one file; with `skipUnknown`, a file of no known kind gives an empty kind and no error.
std::optional<FileData> readFile(
    const QString &path, bool skipUnknown, bool *skipped, QString *error)
{
    const Failure fail(error);
    *skipped = false;
    FileData data;
    data.fileName = QFileInfo(path).fileName();
    QString readError;
    const std::optional<QByteArray> bytes = readUserFile(path, kMaxFileSize, &readError);
    if (!bytes)
        return fail(Tr::tr("%1: %2").arg(data.fileName, readError));
    QString csvError;
    const std::optional<CsvTable> table = parseCsv(*bytes, &csvError);
    if (!table)
        return fail(Tr::tr("%1: %2").arg(data.fileName, csvError));
    const std::optional<RollCallFileKind> kind = rollCallFileKind(table->header, data.fileName);
    if (!kind) {
        if (skipUnknown) {
            *skipped = true;
            return std::nullopt;
        }
        return fail(Tr::tr("%1 is not a HowTheyVote.eu roll-call file: its header names no groups, "
                           "countries or members")
                        .arg(data.fileName));
    }
    data.kind = *kind;
    if (*kind == RollCallFileKind::Members) {
        if (!readMembers(*table, data, error))
            return std::nullopt;
        return data;
    }
    bool dnvKnown = false;
    auto rows = readCountTable(*table, *kind, data.fileName, &dnvKnown, error);
    if (!rows)
        return std::nullopt;
    Breakdown breakdown { Tr::tr("the %1 file (%2)").arg(kindName(*kind), data.fileName), *rows,
        dnvKnown };
    if (*kind == RollCallFileKind::Groups)
        data.groups = breakdown;
    else
        data.countries = breakdown;
    return data;
}

/// The first position whose sum differs, as "the x file counts A ..., the y B".
QString compareSums(const Breakdown &a, const Breakdown &b)
{
    for (VotePosition p : allVotePositions()) {
        if (p == VotePosition::DidNotVote && !(a.didNotVoteKnown && b.didNotVoteKnown))
            continue;
        const int sa = sum(a.rows, p);
        const int sb = sum(b.rows, p);
        if (sa != sb)
            return Tr::tr("%1 counts %2, %3 %4")
                .arg(a.source, countPhrase(p, sa), b.source)
                .arg(sb);
    }
    return {};
}

/// Row by row agreement of a file with the members file.
QString compareRows(const Breakdown &file, const Breakdown &members)
{
    QHash<QString, VoteBreakdownRow> byCode;
    for (const VoteBreakdownRow &row : members.rows)
        byCode.insert(row.code, row);
    for (const VoteBreakdownRow &row : file.rows) {
        const VoteBreakdownRow other = byCode.value(row.code);
        for (VotePosition p : allVotePositions()) {
            if (p == VotePosition::DidNotVote && !file.didNotVoteKnown)
                continue;
            if (voteCount(row, p) != voteCount(other, p))
                return Tr::tr("for %1, %2 counts %3, %4 %5")
                    .arg(row.code, file.source, countPhrase(p, voteCount(row, p)), members.source)
                    .arg(voteCount(other, p));
        }
    }
    return compareSums(file, members);
}

QString compareWithTotals(const Breakdown &breakdown, const Vote &totals)
{
    for (VotePosition p : { VotePosition::For, VotePosition::Against, VotePosition::Abstention }) {
        const int counted = sum(breakdown.rows, p);
        const int stated = voteCount(totals, p);
        if (counted != stated)
            return Tr::tr("%1 counts %2, the document %3")
                .arg(breakdown.source, countPhrase(p, counted))
                .arg(stated);
    }
    return {};
}

/// The vote of a sitting's roll-call record (RCV XML) that belongs to the document.
std::optional<Vote> readRecord(
    const QString &path, const Vote &totals, const QString &voteId, QString *error)
{
    const Failure fail(error);
    QString problem;
    const std::optional<QList<RecordedVote>> votes = readRollCallRecordFile(path, &problem);
    if (!votes)
        return fail(problem); // the caller names the file
    const std::optional<RecordedVote> chosen = chooseRecordedVote(*votes, totals, voteId, &problem);
    if (!chosen)
        return fail(problem); // the caller names the file
    Vote vote = totals;
    if (totals.cast() == 0) {
        vote.votesFor = chosen->votesFor;
        vote.against = chosen->against;
        vote.abstentions = chosen->abstentions;
    }
    const Breakdown groups { Tr::tr("vote %1 of the roll-call record").arg(chosen->id),
        chosen->groups, false };
    const QString mismatch = compareWithTotals(groups, vote);
    if (!mismatch.isEmpty())
        return fail(mismatch);
    vote.groups = chosen->groups;
    vote.countries.clear(); // the record names no member's country
    vote.breakdownSource = Tr::tr("European Parliament roll-call record, vote %1 (%2)")
                               .arg(chosen->id, chosen->date.left(10));
    return vote;
}

} // namespace

std::optional<RollCallFileKind> rollCallFileKind(const QStringList &header, const QString &fileName)
{
    QStringList names;
    for (const QString &name : header)
        names.append(name.trimmed());
    if (names.contains(u"position"))
        return RollCallFileKind::Members;
    if (names.contains(u"iso_alpha_2"))
        return RollCallFileKind::Countries;
    if (names.contains(u"short_label"))
        return RollCallFileKind::Groups;
    const QString lower = fileName.toLower();
    const bool looksLikeCounts = names.contains(u"count_for") || names.contains(u"code");
    if (lower.contains(u"member"))
        return RollCallFileKind::Members;
    if (looksLikeCounts && lower.contains(u"countr"))
        return RollCallFileKind::Countries;
    if (looksLikeCounts && lower.contains(u"group"))
        return RollCallFileKind::Groups;
    return std::nullopt;
}

bool isRollCallRecord(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xml", Qt::CaseInsensitive) == 0;
}

std::optional<QList<RecordedVote>> readRollCallRecordFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes = readUserFile(path, kMaxFileSize, error);
    return bytes ? readRollCallRecord(*bytes, error) : std::nullopt;
}

std::optional<Vote> readRollCall(
    const QString &dirOrFile, const RollCallRequest &request, QString *error)
{
    if (isRollCallRecord(dirOrFile))
        return readRecord(dirOrFile, request.totals, request.voteId, error);
    if (isBulkExport(dirOrFile)) {
        return readBulkExport(
            dirOrFile, request.procedure, request.totals, request.voteId, error, request.cancel);
    }
    return readRollCall(dirOrFile, request.totals, error);
}

std::optional<Vote> readRollCall(const QString &dirOrFile, const Vote &totals, QString *error)
{
    const Failure fail(error);
    const QFileInfo info(dirOrFile);
    if (!info.exists())
        return fail(Tr::tr("cannot read %1: no such file or folder").arg(dirOrFile));
    if (!info.isDir())
        return readRollCallFiles({ dirOrFile }, totals, error);

    const QDir dir(dirOrFile);
    const QStringList names = dir.entryList({ QStringLiteral("*.csv"), QStringLiteral("*.CSV") },
        QDir::Files | QDir::Readable, QDir::Name);
    QStringList files;
    for (const QString &name : names)
        files.append(dir.filePath(name));
    if (files.isEmpty())
        return fail(Tr::tr("%1 holds no CSV file of roll-call data").arg(dirOrFile));
    return readRollCallFiles(files, totals, error);
}

std::optional<Vote> readRollCallFiles(const QStringList &files, const Vote &totals, QString *error)
{
    const Failure fail(error);
    const bool skipUnknown = files.size() > 1;
    std::optional<FileData> byKind[3];
    for (const QString &path : files) {
        bool skipped = false;
        std::optional<FileData> data = readFile(path, skipUnknown, &skipped, error);
        if (skipped)
            continue;
        if (!data)
            return std::nullopt;
        std::optional<FileData> &slot = byKind[int(data->kind)];
        if (slot)
            return fail(Tr::tr("there are two %1 files: %2 and %3")
                            .arg(kindName(data->kind), slot->fileName, data->fileName));
        slot = std::move(data);
    }
    const std::optional<FileData> &groupsFile = byKind[int(RollCallFileKind::Groups)];
    const std::optional<FileData> &countriesFile = byKind[int(RollCallFileKind::Countries)];
    const std::optional<FileData> &membersFile = byKind[int(RollCallFileKind::Members)];
    if (!groupsFile && !countriesFile && !membersFile)
        return fail(
            Tr::tr("none of the files is a HowTheyVote.eu groups, countries or members file"));

    std::optional<Breakdown> groups;
    std::optional<Breakdown> countries;
    if (groupsFile)
        groups = groupsFile->groups;
    if (countriesFile)
        countries = countriesFile->countries;
    if (membersFile) {
        if (groups) {
            const QString mismatch = compareRows(*groups, membersFile->groups);
            if (!mismatch.isEmpty())
                return fail(mismatch);
        } else {
            groups = membersFile->groups;
        }
        if (countries) {
            const QString mismatch = compareRows(*countries, membersFile->countries);
            if (!mismatch.isEmpty())
                return fail(mismatch);
        } else {
            countries = membersFile->countries;
        }
    }

    Vote vote = totals;
    const Breakdown &first = groups ? *groups : *countries;
    if (totals.cast() == 0) {
        // The document states no vote: the data's own sums are the totals.
        vote.votesFor = sum(first.rows, VotePosition::For);
        vote.against = sum(first.rows, VotePosition::Against);
        vote.abstentions = sum(first.rows, VotePosition::Abstention);
    }
    for (const std::optional<Breakdown> &breakdown : { groups, countries }) {
        if (!breakdown)
            continue;
        const QString mismatch = compareWithTotals(*breakdown, vote);
        if (!mismatch.isEmpty())
            return fail(mismatch);
    }
    if (groups && countries) {
        const QString mismatch = compareSums(*countries, *groups);
        if (!mismatch.isEmpty())
            return fail(mismatch);
    }
    const qint64 members
        = vote.cast() + (first.didNotVoteKnown ? sum(first.rows, VotePosition::DidNotVote) : 0);
    if (members > MaxVotes) {
        return fail(Tr::tr("the roll-call data counts %L1 members, more than the %L2 seats of any "
                           "parliament")
                        .arg(members)
                        .arg(MaxVotes));
    }
    if (vote.seats == 0 && first.didNotVoteKnown)
        vote.seats = int(members);
    vote.groups = groups ? groups->rows : QList<VoteBreakdownRow>();
    vote.countries = countries ? countries->rows : QList<VoteBreakdownRow>();
    vote.breakdownSource = Tr::tr("HowTheyVote.eu roll-call files, ODbL");
    return vote;
}

} // namespace re
