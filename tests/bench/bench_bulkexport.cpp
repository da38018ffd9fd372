// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Finding one vote in HowTheyVote's bulk export and counting it, against a bare loop that only
// reads member_votes.csv and splits its lines and fields: from the unpacked folder, and from
// inside the zip (the bare loop then reads the inflated stream).
#include "BenchSupport.h"
#include "vote/BulkExport.h"

#include <JlCompress.h>
#include <QFile>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <string_view>
#include <sys/resource.h>

namespace re::bench {
namespace {

constexpr int Members = 720;
constexpr int Votes = 6945; ///< 5 000 400 member rows
const QByteArray TargetVote = "171234";
const QString Procedure = QStringLiteral("2025/2119(INI)");

/// A synthetic export of Votes votes of Members made-up members each (about 130 MB), the
/// procedure's main vote in the middle; written once, then also zipped.
struct SyntheticExport
{
    QTemporaryDir dir;
    QString folder;
    QString zip;
    Vote totals;

    SyntheticExport()
    {
        folder = dir.filePath(QStringLiteral("synthetic-export"));
        QDir().mkpath(folder);
        QFile votes(folder + QStringLiteral("/votes.csv"));
        QFile members(folder + QStringLiteral("/member_votes.csv"));
        if (!votes.open(QIODevice::WriteOnly) || !members.open(QIODevice::WriteOnly))
            return;
        votes.write("id,timestamp,display_title,is_main,procedure_reference,count_for,"
                    "count_against,count_abstention\n");
        members.write("vote_id,member_id,position,country_code,group_code\n");
        const char *positions[] = { "FOR", "AGAINST", "ABSTENTION", "DID_NOT_VOTE" };
        const char *countries[] = { "DEU", "FRA", "ITA", "ESP", "POL", "NLD", "BEL", "SWE" };
        const char *groups[] = { "EPP", "SD", "RENEW", "GREEN_EFA", "ECR", "PFE", "ESN", "NI" };
        QByteArray chunk;
        for (int v = 0; v < Votes; ++v) {
            const QByteArray id = v == Votes / 2 ? TargetVote : QByteArray::number(100000 + v);
            int counts[4] = { 0, 0, 0, 0 };
            for (int m = 0; m < Members; ++m) {
                const int position = (m * 7 + v) % 4;
                ++counts[position];
                chunk += id + ',' + QByteArray::number(200000 + m) + ',' + positions[position] + ','
                    + countries[m % 8] + ',' + groups[(m / 3) % 8] + '\n';
            }
            members.write(chunk);
            chunk.clear();
            const bool target = id == TargetVote;
            votes.write(id + ",2026-02-11 12:00:00,Synthetic vote," + (target ? "True" : "False")
                + ',' + (target ? Procedure.toUtf8() : QByteArray("2099/0001(INI)")) + ','
                + QByteArray::number(counts[0]) + ',' + QByteArray::number(counts[1]) + ','
                + QByteArray::number(counts[2]) + '\n');
            if (target) {
                totals.votesFor = counts[0];
                totals.against = counts[1];
                totals.abstentions = counts[2];
            }
        }
        votes.close();
        members.close();
        zip = dir.filePath(QStringLiteral("synthetic-export.zip"));
        JlCompress::compressDir(zip, folder);
    }
};

SyntheticExport &syntheticExport()
{
    static SyntheticExport instance;
    return instance;
}

/// The bare loop: reads the device in 1 MB chunks and splits lines and fields, nothing else.
qint64 splitLinesAndFields(QIODevice &device)
{
    qint64 fields = 0;
    QByteArray carry;
    for (;;) {
        QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        chunk.prepend(carry);
        std::string_view rest(chunk.constData(), size_t(chunk.size()));
        for (size_t end; (end = rest.find('\n')) != std::string_view::npos;) {
            const std::string_view line = rest.substr(0, end);
            for (size_t start = 0, comma; start <= line.size(); start = comma + 1) {
                comma = line.find(',', start);
                if (comma == std::string_view::npos)
                    comma = line.size();
                benchmark::DoNotOptimize(line.substr(start, comma - start));
                ++fields;
            }
            rest.remove_prefix(end + 1);
        }
        carry = QByteArray(rest.data(), qsizetype(rest.size()));
    }
    return fields;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void BM_BulkExport(benchmark::State &state, bool fromZip)
{
    SyntheticExport &data = syntheticExport();
    if (data.zip.isEmpty() || !QFile::exists(data.zip)) {
        state.SkipWithError("the synthetic export could not be written");
        return;
    }
    const long rssBefore = peakRssMiB();
    int groups = 0;
    runPaired(
        state, {},
        [&] {
            if (fromZip) {
                QuaZipFile file(data.zip, QStringLiteral("member_votes.csv"));
                if (file.open(QIODevice::ReadOnly))
                    benchmark::DoNotOptimize(splitLinesAndFields(file));
            } else {
                QFile file(data.folder + QStringLiteral("/member_votes.csv"));
                if (file.open(QIODevice::ReadOnly))
                    benchmark::DoNotOptimize(splitLinesAndFields(file));
            }
        },
        [&] {
            QString error;
            const std::optional<Vote> vote = readBulkExport(
                fromZip ? data.zip : data.folder, Procedure, data.totals, {}, &error);
            groups = vote ? int(vote->groups.size()) : -1;
        });
    if (groups <= 0) {
        state.SkipWithError("the synthetic export's vote was not found");
        return;
    }
    state.counters["rows_M"] = double(Votes) * Members / 1e6;
    state.counters["peak_rss_MiB"] = double(peakRssMiB());
    state.counters["rss_growth_MiB"] = double(peakRssMiB() - rssBefore);
}
BENCHMARK_CAPTURE(BM_BulkExport, folder, false)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
BENCHMARK_CAPTURE(BM_BulkExport, zip, true)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace
} // namespace re::bench
