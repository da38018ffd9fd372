// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessJobs.h"

#include "export/BriefExport.h"
#include "export/ImageExport.h"
#include "import/DocumentLoader.h"
#include "import/ThemeCatalog.h"
#include "io/ActionExport.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"
#include "map/MapExport.h"
#include "map/VoteMapStyle.h"
#include "online/HowTheyVoteFetch.h"
#include "online/OnlineSources.h"
#include "online/ProcedureFetch.h"
#include "voteview/ChartExport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CommandLine)
};

/// Whether stderr is a terminal, where a person waits for a fetch; scripts read stderr for
/// failures only, so nothing else is written there for them.
bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

/// Says each step of `fetch` on stderr, one line each, when stderr is a terminal.
void showSteps(OnlineFetch &fetch)
{
    if (!stderrIsTerminal())
        return;
    QObject::connect(&fetch, &OnlineFetch::stepChanged, &fetch, [](const QString &step) {
        const QString line = u"resolution-explorer: "_s + escapedForOneLine(step) + u'\n';
        std::fputs(line.toLocal8Bit().constData(), stderr);
    });
}

/// The cache first (what was fetched once works again offline), unless --refresh.
OnlineFetch::CachePolicy cachePolicy(const CliOptions &options)
{
    return options.refresh ? OnlineFetch::CachePolicy::Refresh
                           : OnlineFetch::CachePolicy::PreferCache;
}

} // namespace

bool writeStdout(const QByteArray &bytes, QString *error)
{
    std::clearerr(stdout);
    errno = 0;
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    const bool flushed = std::fflush(stdout) == 0;
    if (written == size_t(bytes.size()) && flushed && !std::ferror(stdout))
        return true;
    const int reason = errno;
    *error = Tr::tr("cannot write to standard output: %1")
                 .arg(reason ? QString::fromLocal8Bit(std::strerror(reason))
                             : Tr::tr("the output was cut short"));
    return false;
}

bool deliverExport(const QString &path, const QByteArray &bytes, QByteArray &out,
    AtomicWriteBatch &files, QString *error)
{
    if (path == u"-") {
        out += bytes;
        return true;
    }
    return files.add(path, bytes, error);
}

QString tabSeparatedField(const QString &field)
{
    QString result;
    result.reserve(field.size());
    for (const QChar c : field) {
        if (c == u'\\')
            result += QStringLiteral("\\\\");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\r')
            result += QStringLiteral("\\r");
        else
            result += c;
    }
    return result;
}

HeadlessJobs::HeadlessJobs(const CliOptions &options) : m_options(options) { }

void HeadlessJobs::note(const QString &file, const QString &text)
{
    const QString line = QStringLiteral("resolution-explorer: ")
        + escapedForOneLine(file + QStringLiteral(": ") + Tr::tr("note: %1").arg(text)) + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

int HeadlessJobs::fail(const QString &file, const QString &problem, int status)
{
    const QString line = QStringLiteral("resolution-explorer: ")
        + escapedForOneLine((file.isEmpty() ? QString() : file + QStringLiteral(": ")) + problem)
        + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
    m_status = status;
    return status;
}

int HeadlessJobs::run()
{
    if (!load() || !attachRollCall())
        return m_status;
    std::optional<ActionFilter> filter = buildFilter();
    if (!filter)
        return m_status;
    // All or nothing: every output is made first, each file into its temporary file; stdout is
    // written next, and only then are the files put in place. A job that fails leaves every
    // earlier file as it was.
    QByteArray out;
    AtomicWriteBatch files;
    const bool made = (!m_options.dumpModel || dumpModel(out))
        && (!m_options.listEntities || listEntities(out))
        && (m_options.exportActions.isEmpty() || exportActions(*filter, out, files))
        && (m_options.exportMap.isEmpty() || exportMap(files))
        && (m_options.exportChart.isEmpty() || exportChart(files))
        && (m_options.exportBrief.isEmpty() || exportBrief(*filter, files));
    if (!made)
        return m_status;
    QString error;
    if (!writeStdout(out, &error) || !files.commit(&error))
        return fail({}, error);
    return 0;
}

QString HeadlessJobs::documentName() const
{
    if (!m_options.file.isEmpty())
        return m_options.file;
    if (!m_options.procedure.isEmpty()) {
        return m_options.procedureInput.reference.isEmpty() ? m_options.procedure.trimmed()
                                                            : m_options.procedureInput.reference;
    }
    return Tr::tr("the bundled resolution");
}

bool HeadlessJobs::load()
{
    if (!m_options.procedure.isEmpty())
        return fetchProcedure();
    if (m_options.file.isEmpty()) {
        m_session.setDocument(bundledDocument());
        return true;
    }
    QString error;
    if (!m_session.openNow(m_options.file, &error)) {
        fail(m_options.file, error);
        return false;
    }
    if (const QString warning = summaryWarning(m_session.document()); !warning.isEmpty())
        note(m_options.file, warning);
    return true;
}

bool HeadlessJobs::fetchProcedure()
{
    // The jobs are synchronous, the fetch is not: it runs in a loop of its own. The loop is
    // declared first so that the fetch, and its connections, end before it.
    QEventLoop loop;
    ProcedureFetch fetch;
    showSteps(fetch);
    bool ended = false;
    std::optional<Document> document;
    QString problem;
    QObject::connect(&fetch, &ProcedureFetch::finished, &loop,
        [&](const std::optional<Document> &fetched, const QString &error) {
            if (ended)
                return;
            ended = true;
            document = fetched;
            problem = error;
            loop.quit();
        });
    // The window offers the latest summary; the command line does not guess, it says how to
    // open that one.
    QObject::connect(&fetch, &ProcedureFetch::noDecisionSummary, &loop,
        [&](const QString &message, const KeyEvent &latest) {
            if (ended)
                return;
            ended = true;
            problem = message + u' '
                + Tr::tr("To open it, use --procedure with the summary's address: %1")
                      .arg(OnlineSources::documentSummaryUrl(latest.summaryId).toString());
            loop.quit();
        });
    fetch.start(m_options.procedureInput, cachePolicy(m_options));
    if (!ended) // a fetch may end before the loop runs, and a quit() before exec() is lost
        loop.exec();
    if (!document) {
        fail(documentName(), problem.isEmpty() ? Tr::tr("the fetch was cancelled") : problem);
        return false;
    }
    const DocumentSource source = DocumentSource::of(*document);
    m_session.setDocument(std::move(*document), source);
    if (const QString warning = summaryWarning(m_session.document()); !warning.isEmpty())
        note(documentName(), warning);
    return true;
}

bool HeadlessJobs::attachRollCall()
{
    if (m_options.rollCallOnline())
        return fetchRollCall();
    QString error;
    if (!m_options.rollCall.isEmpty()
        && !m_session.attachRollCall({ m_options.rollCall }, &error, m_options.voteId)) {
        fail(m_options.rollCall, error);
        return false;
    }
    return true;
}

bool HeadlessJobs::fetchRollCall()
{
    const Document &doc = m_session.document();
    // The vote as the document states it: HowTheyVote.eu's breakdowns must add up to its
    // totals, and replace any the document came with.
    const std::optional<Vote> totals = m_session.statedVote();
    if (!totals) {
        fail(m_options.rollCall, Tr::tr("the document states no vote to attach roll-call data to"));
        return false;
    }

    QEventLoop loop; // first, so that the fetch and its connections end before it
    HowTheyVoteFetch fetch;
    showSteps(fetch);
    bool ended = false;
    std::optional<Vote> vote;
    QString problem;
    QObject::connect(&fetch, &HowTheyVoteFetch::finished, &loop,
        [&](const std::optional<Vote> &fetched, const QString &error) {
            if (ended)
                return;
            ended = true;
            vote = fetched;
            problem = error;
            loop.quit();
        });
    // Only without --vote (start() takes the vote named): the user chooses, not the program.
    QObject::connect(&fetch, &HowTheyVoteFetch::severalVotes, &loop,
        [&](const QList<VoteCandidate> &candidates) {
            if (ended)
                return;
            ended = true;
            QStringList listed;
            for (const VoteCandidate &candidate : candidates) {
                QStringList about;
                if (candidate.timestamp.isValid())
                    about.append(candidate.timestamp.date().toString(Qt::ISODate));
                if (!candidate.description.isEmpty())
                    about.append(candidate.description);
                listed.append(about.isEmpty()
                        ? candidate.id
                        : candidate.id + u" ("_s + about.join(u", "_s) + u')');
            }
            problem = Tr::tr("HowTheyVote.eu has several final votes on %1: %2; choose one with "
                             "--vote.")
                          .arg(doc.procedure.reference, listed.join(u"; "_s));
            loop.quit();
        });
    fetch.start(doc.procedure.reference, *totals, m_options.voteId, cachePolicy(m_options));
    if (!ended) // a fetch may end before the loop runs, and a quit() before exec() is lost
        loop.exec();
    if (!vote) {
        fail(m_options.rollCall, problem.isEmpty() ? Tr::tr("the fetch was cancelled") : problem);
        return false;
    }
    m_session.attachVote(*vote);
    return true;
}

std::optional<ActionFilter> HeadlessJobs::buildFilter()
{
    ActionFilter wanted;
    wanted.entities = m_options.entities;
    wanted.theme = m_options.theme;
    wanted.verb = m_options.verb;
    wanted.sectionOnly = !m_options.section.isEmpty();
    wanted.section = m_options.section;
    wanted.text = m_options.search;
    const Document &doc = m_session.document();
    const FilterCheck check(wanted, doc);
    if (check.isValid())
        return check.checked();
    const FilterProblem &problem = check.problems().constFirst();
    QString message;
    switch (problem.criterion) {
    case FilterProblem::Criterion::Entity:
        message = Tr::tr("--entity %1: the document names no such entity (see --list-entities)")
                      .arg(problem.value);
        break;
    case FilterProblem::Criterion::Verb: {
        QStringList keys;
        for (VerbKind kind : allVerbKinds())
            keys.append(verbKindKey(kind));
        message = Tr::tr("--verb takes one of: %1").arg(keys.join(QStringLiteral(", ")));
        break;
    }
    case FilterProblem::Criterion::Theme:
        message = Tr::tr("--theme takes one of: %1")
                      .arg(ThemeCatalog::builtin().names().join(QStringLiteral("; ")));
        break;
    case FilterProblem::Criterion::Section: {
        QStringList ids;
        for (const Section &section : doc.sections)
            ids.append(section.id);
        message = Tr::tr("--section takes a section id of the document: %1")
                      .arg(ids.join(QStringLiteral(", ")));
        break;
    }
    }
    fail({}, message, 1);
    return std::nullopt;
}

bool HeadlessJobs::dumpModel(QByteArray &out)
{
    out += documentToJson(m_session.document());
    return true;
}

bool HeadlessJobs::listEntities(QByteArray &out)
{
    const Document &doc = m_session.document();
    // An empty listing is said once: not again after the note that the file reads like no
    // summary at all.
    if (doc.entities.isEmpty() && summaryWarning(doc).isEmpty())
        note(documentName(), Tr::tr("the document names no entity"));
    const QHash<QString, int> mentions = doc.mentionCounts();
    for (const Entity &entity : doc.entities) {
        const QStringList fields = { entity.id, entity.name, entityKindKey(entity.kind),
            entityRoleKey(entity.role), QString::number(mentions.value(entity.id)),
            QString::number(m_session.actionCounts().value(entity.id)) };
        QStringList escaped;
        for (const QString &field : fields)
            escaped.append(tabSeparatedField(field));
        out += escaped.join(u'\t').toUtf8() + '\n';
    }
    return true;
}

bool HeadlessJobs::exportActions(
    const ActionFilter &filter, QByteArray &out, AtomicWriteBatch &files)
{
    const Document &doc = m_session.document();
    const QList<int> rows = filter.acceptedActions(doc);
    if (rows.isEmpty()) { // still written, with its header: a script may count on the file
        note(m_options.exportActions,
            doc.actions.isEmpty() ? Tr::tr("the document has no actions")
                                  : Tr::tr("no action matches these filters"));
    }
    QString error;
    // Made once, before writing: a name the export does not know is a usage error (status 1),
    // a file that cannot be written bad input (status 2).
    const std::optional<QByteArray> bytes
        = actionsExport(doc, rows, m_options.exportActions, &error);
    if (!bytes) {
        fail(m_options.exportActions, error, 1);
        return false;
    }
    if (!deliverExport(m_options.exportActions, *bytes, out, files, &error)) {
        fail(m_options.exportActions, error);
        return false;
    }
    return true;
}

ImageExportOptions HeadlessJobs::imageOptions() const
{
    ImageExportOptions options;
    if (m_options.size.isValid())
        options.size = m_options.size;
    options.dpi = m_options.dpi;
    options.title = m_session.document().procedure.title;
    return options;
}

bool HeadlessJobs::exportMap(AtomicWriteBatch &files)
{
    QString error;
    const MapColouring colouring
        = m_options.mapMode == u"vote" ? MapColouring::Vote : MapColouring::Partners;
    const std::optional<QByteArray> bytes = mapImageFile(
        m_session.document(), m_options.exportMap, imageOptions(), &error, {}, colouring);
    if (!bytes || !files.add(m_options.exportMap, *bytes, &error)) {
        fail(m_options.exportMap, error);
        return false;
    }
    return true;
}

bool HeadlessJobs::exportChart(AtomicWriteBatch &files)
{
    const std::optional<ChartKind> kind = chartKindFromString(m_options.chart);
    if (!kind) {
        fail(m_options.exportChart, Tr::tr("unknown chart kind"));
        return false;
    }
    // Each kind's own size (a countries chart is as tall as its rows need), unless --size.
    ImageExportOptions options = chartExportOptions(m_session.document(), *kind);
    if (m_options.size.isValid())
        options.size = m_options.size;
    options.dpi = m_options.dpi;
    QString error;
    const std::optional<QByteArray> bytes
        = chartImageFile(m_session.document(), *kind, m_options.exportChart, options, &error);
    if (!bytes || !files.add(m_options.exportChart, *bytes, &error)) {
        fail(m_options.exportChart, error);
        return false;
    }
    return true;
}

bool HeadlessJobs::exportBrief(const ActionFilter &filter, AtomicWriteBatch &files)
{
    const Document &doc = m_session.document();
    const QList<int> rows = filter.acceptedActions(doc);
    if (rows.isEmpty()) { // still written: the brief says so in its own words
        note(m_options.exportBrief,
            doc.actions.isEmpty() ? Tr::tr("the document has no actions")
                                  : Tr::tr("no action matches these filters"));
    }
    BriefOptions options;
    options.filter = filter;
    QString error;
    const std::optional<QByteArray> bytes
        = briefFile(m_options.exportBrief, doc, rows, options, &error);
    if (!bytes || !files.add(m_options.exportBrief, *bytes, &error)) {
        fail(m_options.exportBrief, error);
        return false;
    }
    return true;
}

} // namespace re
