// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vote/BulkExport.h"

#include "vote/CsvStream.h"
#include "vote/PoliticalGroups.h"
#include "vote/VotePosition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <memory>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace re {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::RollCall)
};

/// The tables of the export, from the zip or the folder.
class ExportTables
{
public:
    explicit ExportTables(const QString &path) : m_path(path)
    {
        if (!QFileInfo(path).isDir()) {
            m_zip = std::make_unique<QuaZip>(path);
            m_zipOpen = m_zip->open(QuaZip::mdUnzip);
        }
    }

    bool valid(QString *error) const
    {
        if (m_zip && !m_zipOpen) {
            *error
                = Tr::tr("it is not a readable zip file (zip error %1)").arg(m_zip->getZipError());
            return false;
        }
        return true;
    }

    /// The table `name` ("votes.csv"), found at the top or in one folder of the zip; nullptr
    /// with one sentence when it is missing or cannot be read.
    std::unique_ptr<QIODevice> open(const QString &name, QString *error)
    {
        const auto missing = [&]() -> std::unique_ptr<QIODevice> {
            *error = Tr::tr("the export holds no %1").arg(name);
            return nullptr;
        };
        if (!m_zip) {
            auto file = std::make_unique<QFile>(QDir(m_path).filePath(name));
            if (!QFileInfo(file->fileName()).isFile())
                return missing();
            if (!file->open(QIODevice::ReadOnly)) {
                *error = Tr::tr("%1 cannot be read: %2").arg(name, file->errorString());
                return nullptr;
            }
            return file;
        }
        QString entry;
        for (const QString &candidate : m_zip->getFileNameList()) {
            if (candidate == name || candidate.endsWith(u'/' + name)) {
                entry = candidate;
                break;
            }
        }
        if (entry.isEmpty() || !m_zip->setCurrentFile(entry))
            return missing();
        auto file = std::make_unique<QuaZipFile>(m_zip.get());
        if (!file->open(QIODevice::ReadOnly)) {
            *error = Tr::tr("%1 cannot be read from the zip (zip error %2)")
                         .arg(name)
                         .arg(file->getZipError());
            return nullptr;
        }
        return file;
    }

private:
    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    bool m_zipOpen = false;
};

/// A table's header, as column indexes by name.
class Columns
{
public:
    bool read(CsvStream &csv, const QString &table, const QStringList &needed, QString *error)
    {
        QList<QByteArray> header;
        if (!csv.next(header)) {
            *error = Tr::tr("%1 is empty").arg(table);
            return false;
        }
        for (qsizetype i = 0; i < header.size(); ++i) {
            QByteArray name = header.at(i).trimmed();
            if (i == 0 && name.startsWith("\xEF\xBB\xBF"))
                name = name.mid(3);
            m_index.insert(QString::fromUtf8(name), int(i));
        }
        for (const QString &name : needed) {
            if (!m_index.contains(name)) {
                *error = Tr::tr("%1 lacks the column %2").arg(table, name);
                return false;
            }
        }
        return true;
    }
    int operator[](const QString &name) const { return m_index.value(name, -1); }

private:
    QHash<QString, int> m_index;
};

QString field(const QList<QByteArray> &fields, int column)
{
    return column >= 0 && column < fields.size() ? QString::fromUtf8(fields.at(column)) : QString();
}

QString view(const QList<QByteArrayView> &fields, int column)
{
    return column >= 0 && column < fields.size() ? QString::fromUtf8(fields.at(column)) : QString();
}

QString describe(const ExportedVote &c)
{
    return Tr::tr("%1 (%2, %3 for, %4 against, %5 abstentions%6)")
        .arg(c.id, c.timestamp.left(10))
        .arg(c.counts[0])
        .arg(c.counts[1])
        .arg(c.counts[2])
        .arg(c.main ? Tr::tr(", main vote") : QString());
}

QString listed(const QList<ExportedVote> &votes)
{
    QStringList items;
    for (qsizetype i = 0; i < votes.size() && i < 6; ++i)
        items.append(describe(votes.at(i)));
    QString text = items.join(QStringLiteral("; "));
    if (votes.size() > 6)
        text += Tr::tr("; and %n more", "", int(votes.size() - 6));
    return text;
}

/// Labels of a code table (groups.csv: code -> short label and label; countries.csv: code ->
/// alpha-2 and label), when the export has it.
QHash<QString, std::pair<QString, QString>> labels(
    ExportTables &tables, const QString &table, const QString &shortColumn)
{
    QHash<QString, std::pair<QString, QString>> result;
    QString ignored;
    std::unique_ptr<QIODevice> device = tables.open(table, &ignored);
    if (!device)
        return result;
    CsvStream csv(device.get());
    Columns columns;
    if (!columns.read(csv, table, { QStringLiteral("code"), QStringLiteral("label") }, &ignored))
        return result;
    QList<QByteArray> row;
    while (csv.next(row)) {
        result.insert(field(row, columns[QStringLiteral("code")]),
            { field(row, columns[shortColumn]), field(row, columns[QStringLiteral("label")]) });
    }
    return result;
}

/// The votes of `procedure` in the export's votes.csv, in file order.
std::optional<QList<ExportedVote>> readVotes(
    ExportTables &tables, const QString &procedure, QString *error)
{
    const auto fail = [error](const QString &sentence) -> std::optional<QList<ExportedVote>> {
        *error = sentence;
        return std::nullopt;
    };
    QList<ExportedVote> votes;
    std::unique_ptr<QIODevice> device = tables.open(QStringLiteral("votes.csv"), error);
    if (!device)
        return std::nullopt;
    CsvStream csv(device.get());
    Columns c;
    const QStringList needed { QStringLiteral("id"), QStringLiteral("timestamp"),
        QStringLiteral("is_main"), QStringLiteral("procedure_reference"),
        QStringLiteral("count_for"), QStringLiteral("count_against"),
        QStringLiteral("count_abstention") };
    if (!c.read(csv, QStringLiteral("votes.csv"), needed, error))
        return std::nullopt;
    const QByteArray wanted = procedure.toUtf8();
    const int referenceColumn = c[QStringLiteral("procedure_reference")];
    QList<QByteArray> row;
    while (csv.next(row)) {
        if (referenceColumn >= row.size() || row.at(referenceColumn) != wanted)
            continue;
        ExportedVote vote;
        vote.id = field(row, c[QStringLiteral("id")]);
        vote.timestamp = field(row, c[QStringLiteral("timestamp")]);
        vote.title = field(row, c[QStringLiteral("display_title")]);
        vote.main = field(row, c[QStringLiteral("is_main")]) == u"True";
        const QString names[3] = { QStringLiteral("count_for"), QStringLiteral("count_against"),
            QStringLiteral("count_abstention") };
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            vote.counts[i] = field(row, c[names[i]]).toInt(&ok);
            if (!ok || vote.counts[i] < 0 || vote.counts[i] > MaxVotes) {
                return fail(Tr::tr("votes.csv, line %1: \"%2\" is not a number of votes")
                                .arg(csv.line())
                                .arg(field(row, c[names[i]])));
            }
        }
        votes.append(vote);
    }
    if (!csv.error().isEmpty())
        return fail(Tr::tr("votes.csv: %1").arg(csv.error()));
    return votes;
}

} // namespace

std::optional<QList<ExportedVote>> bulkExportVotes(
    const QString &path, const QString &procedure, QString *error)
{
    ExportTables tables(path);
    if (!tables.valid(error))
        return std::nullopt;
    return readVotes(tables, procedure, error);
}

bool isBulkExport(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        return QFileInfo(dir.filePath(QStringLiteral("votes.csv"))).isFile()
            && QFileInfo(dir.filePath(QStringLiteral("member_votes.csv"))).isFile();
    }
    return info.isFile() && info.suffix().compare(u"zip", Qt::CaseInsensitive) == 0;
}

std::optional<Vote> readBulkExport(const QString &path, const QString &procedure,
    const Vote &totals, const QString &voteId, QString *error, const std::atomic_bool *cancel)
{
    const auto fail = [error](const QString &sentence) -> std::optional<Vote> {
        *error = sentence;
        return std::nullopt;
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    ExportTables tables(path);
    if (!tables.valid(error))
        return std::nullopt;

    const std::optional<QList<ExportedVote>> read = readVotes(tables, procedure, error);
    if (!read)
        return std::nullopt;
    const QList<ExportedVote> &votes = *read;
    if (votes.isEmpty())
        return fail(Tr::tr("the export holds no vote of procedure %1").arg(procedure));
    std::optional<ExportedVote> chosen;
    if (!voteId.isEmpty()) {
        for (const ExportedVote &vote : std::as_const(votes)) {
            if (vote.id == voteId)
                chosen = vote;
        }
        if (!chosen) {
            return fail(Tr::tr("the export holds no vote %1 of procedure %2; its votes: %3")
                            .arg(voteId, procedure, listed(votes)));
        }
    } else {
        QList<ExportedVote> main;
        for (const ExportedVote &vote : std::as_const(votes)) {
            if (vote.main)
                main.append(vote);
        }
        if (main.size() != 1) {
            return fail(main.isEmpty()
                    ? Tr::tr("the export holds no main vote of procedure %1; choose one of its "
                             "votes by its identifier: %2")
                          .arg(procedure, listed(votes))
                    : Tr::tr("the export holds %n main votes of procedure %1; choose one by "
                             "its identifier: %2",
                        "", int(main.size()))
                          .arg(procedure, listed(main)));
        }
        chosen = main.first();
    }
    Vote vote = totals;
    if (totals.cast() == 0) {
        vote.votesFor = chosen->counts[0];
        vote.against = chosen->counts[1];
        vote.abstentions = chosen->counts[2];
    } else if (chosen->counts[0] != totals.votesFor || chosen->counts[1] != totals.against
        || chosen->counts[2] != totals.abstentions) {
        return fail(Tr::tr("vote %1 of the export counts %2 for, %3 against, %4 abstentions; "
                           "the document %5, %6, %7")
                        .arg(chosen->id)
                        .arg(chosen->counts[0])
                        .arg(chosen->counts[1])
                        .arg(chosen->counts[2])
                        .arg(totals.votesFor)
                        .arg(totals.against)
                        .arg(totals.abstentions));
    }

    // Every member's position in that vote, streamed.
    QHash<QString, VoteBreakdownRow> groups;
    QHash<QString, VoteBreakdownRow> countries;
    {
        std::unique_ptr<QIODevice> device = tables.open(QStringLiteral("member_votes.csv"), error);
        if (!device)
            return std::nullopt;
        CsvStream csv(device.get());
        Columns c;
        if (!c.read(csv, QStringLiteral("member_votes.csv"),
                { QStringLiteral("vote_id"), QStringLiteral("position"),
                    QStringLiteral("country_code"), QStringLiteral("group_code") },
                error))
            return std::nullopt;
        const int voteColumn = c[QStringLiteral("vote_id")];
        const int positionColumn = c[QStringLiteral("position")];
        const int countryColumn = c[QStringLiteral("country_code")];
        const int groupColumn = c[QStringLiteral("group_code")];
        const QByteArray wanted = chosen->id.toUtf8();
        QList<QByteArrayView> row; // views: millions of rows are compared, not copied
        qint64 members = 0;
        qint64 rows = 0;
        while (csv.next(row)) {
            if ((rows++ & 0xffff) == 0 && cancelled())
                return fail(QString());
            if (voteColumn >= row.size() || row.at(voteColumn) != wanted)
                continue;
            ++members;
            const QByteArrayView position
                = positionColumn < row.size() ? row.at(positionColumn) : QByteArrayView();
            const auto add = [&](VoteBreakdownRow &r) {
                if (position == "FOR")
                    ++r.votesFor;
                else if (position == "AGAINST")
                    ++r.against;
                else if (position == "ABSTENTION")
                    ++r.abstentions;
                else if (position == "DID_NOT_VOTE")
                    ++r.didNotVote;
            };
            if (position != "FOR" && position != "AGAINST" && position != "ABSTENTION"
                && position != "DID_NOT_VOTE") {
                return fail(Tr::tr("member_votes.csv, line %1: \"%2\" is not a position (FOR, "
                                   "AGAINST, ABSTENTION or DID_NOT_VOTE)")
                                .arg(csv.line())
                                .arg(QString::fromUtf8(position.toByteArray())));
            }
            if (members > MaxVotes) {
                return fail(Tr::tr("member_votes.csv lists more than %L1 members for vote %2, "
                                   "more than any parliament has")
                                .arg(MaxVotes)
                                .arg(chosen->id));
            }
            // Empty when HowTheyVote does not know the member's group that day: kept apart, not
            // guessed.
            const QString group = view(row, groupColumn).trimmed();
            VoteBreakdownRow &g = groups[group];
            g.code = group;
            add(g);
            const QString country = view(row, countryColumn).trimmed();
            VoteBreakdownRow &k = countries[country];
            k.code = country;
            add(k);
        }
        if (!csv.error().isEmpty())
            return fail(Tr::tr("member_votes.csv: %1").arg(csv.error()));
        if (members == 0)
            return fail(Tr::tr("member_votes.csv lists no member for vote %1").arg(chosen->id));
    }

    const auto groupLabels
        = labels(tables, QStringLiteral("groups.csv"), QStringLiteral("short_label"));
    const auto countryLabels
        = labels(tables, QStringLiteral("countries.csv"), QStringLiteral("iso_alpha_2"));
    vote.groups.clear();
    vote.countries.clear();
    qint64 didNotVote = 0;
    for (VoteBreakdownRow row : std::as_const(groups)) {
        row.shortLabel = groupLabels.value(row.code).first;
        row.label = groupLabels.value(row.code).second;
        if (row.code.isEmpty())
            row.label = row.shortLabel = Tr::tr("group not recorded");
        completeGroupLabels(row);
        didNotVote += row.didNotVote;
        vote.groups.append(row);
    }
    for (VoteBreakdownRow row : std::as_const(countries)) {
        row.shortLabel = countryLabels.value(row.code).first;
        row.label = countryLabels.value(row.code, { QString(), row.code }).second;
        if (row.label.isEmpty())
            row.label = row.code;
        vote.countries.append(row);
    }
    sortGroupRows(vote.groups);
    sortCountryRows(vote.countries);
    // The members listed must make the totals.
    for (VotePosition p : { VotePosition::For, VotePosition::Against, VotePosition::Abstention }) {
        qint64 counted = 0;
        for (const VoteBreakdownRow &row : std::as_const(vote.groups))
            counted += voteCount(row, p);
        if (counted != voteCount(vote, p)) {
            return fail(
                Tr::tr("member_votes.csv lists %1 members under \u201c%2\u201d for vote %3, "
                       "its totals %4")
                    .arg(counted)
                    .arg(votePositionLabel(p), chosen->id)
                    .arg(voteCount(vote, p)));
        }
    }
    if (vote.seats == 0)
        vote.seats = int(vote.cast() + didNotVote);
    vote.breakdownSource = Tr::tr("HowTheyVote.eu bulk export, ODbL, vote %1 (%2)")
                               .arg(chosen->id, chosen->timestamp.left(10));
    return vote;
}

} // namespace re
