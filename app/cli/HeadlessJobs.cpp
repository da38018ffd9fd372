// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HeadlessJobs.h"

#include "export/ImageExport.h"
#include "import/DocumentLoader.h"
#include "import/ThemeCatalog.h"
#include "io/ActionExport.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"
#include "map/MapExport.h"
#include "vote/RollCallReader.h"
#include "voteview/ChartExport.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CommandLine)
};

void writeStdout(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

HeadlessJobs::HeadlessJobs(const CliOptions &options)
    : m_options(options)
{
}

int HeadlessJobs::fail(const QString &file, const QString &problem, int status)
{
    const QString line = QStringLiteral("resolution-explorer: ")
        + (file.isEmpty() ? QString() : file + QStringLiteral(": ")) + problem + u'\n';
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
    const bool ok = (!m_options.dumpModel || dumpModel())
        && (!m_options.listEntities || listEntities())
        && (m_options.exportActions.isEmpty() || exportActions(*filter))
        && (m_options.exportMap.isEmpty() || exportMap())
        && (m_options.exportChart.isEmpty() || exportChart());
    return ok ? 0 : m_status;
}

bool HeadlessJobs::load()
{
    if (m_options.file.isEmpty()) {
        m_model.setDocument(bundledDocument());
        return true;
    }
    QString error;
    std::optional<Document> document = loadDocumentFile(m_options.file, &error);
    if (!document) {
        fail(m_options.file, error);
        return false;
    }
    m_model.setDocument(std::move(*document));
    return true;
}

bool HeadlessJobs::attachRollCall()
{
    if (m_options.rollCall.isEmpty())
        return true;
    const std::optional<Vote> totals = m_model.document().vote;
    if (!totals) {
        fail(m_options.rollCall, Tr::tr("the document states no vote to attach roll-call data to"));
        return false;
    }
    QString error;
    const std::optional<Vote> vote = readRollCall(m_options.rollCall, *totals, &error);
    if (!vote) {
        fail(m_options.rollCall, error);
        return false;
    }
    m_model.setVote(vote);
    return true;
}

std::optional<ActionFilter> HeadlessJobs::buildFilter()
{
    const Document &doc = m_model.document();
    ActionFilter filter;
    for (const QString &wanted : m_options.entities) {
        const auto it = std::find_if(doc.entities.cbegin(), doc.entities.cend(),
                                     [&wanted](const Entity &e) {
                                         return e.id.compare(wanted, Qt::CaseInsensitive) == 0
                                             || e.name.compare(wanted, Qt::CaseInsensitive) == 0;
                                     });
        if (it == doc.entities.cend()) {
            fail({}, Tr::tr("--entity %1: the document names no such entity (see --list-entities)")
                         .arg(wanted), 1);
            return std::nullopt;
        }
        filter.entities.append(it->id);
    }
    if (!m_options.verb.isEmpty()) {
        if (!verbKindFromKey(m_options.verb.toLower())) {
            QStringList keys;
            for (VerbKind kind : allVerbKinds())
                keys.append(verbKindKey(kind));
            fail({}, Tr::tr("--verb takes one of: %1").arg(keys.join(QStringLiteral(", "))), 1);
            return std::nullopt;
        }
        filter.verb = m_options.verb.toLower();
    }
    if (!m_options.theme.isEmpty()) {
        const QStringList themes = ThemeCatalog::builtin().names();
        const auto it = std::find_if(themes.cbegin(), themes.cend(), [this](const QString &t) {
            return t.compare(m_options.theme, Qt::CaseInsensitive) == 0;
        });
        if (it == themes.cend()) {
            fail({}, Tr::tr("--theme takes one of: %1").arg(themes.join(QStringLiteral("; "))), 1);
            return std::nullopt;
        }
        filter.theme = *it;
    }
    if (!m_options.section.isEmpty()) {
        if (doc.sectionIndex(m_options.section) < 0) {
            QStringList ids;
            for (const Section &section : doc.sections)
                ids.append(section.id);
            fail({}, Tr::tr("--section takes a section id of the document: %1")
                         .arg(ids.join(QStringLiteral(", "))), 1);
            return std::nullopt;
        }
        filter.section = m_options.section;
    }
    filter.text = m_options.search;
    return filter;
}

bool HeadlessJobs::dumpModel()
{
    writeStdout(documentToJson(m_model.document()));
    return true;
}

bool HeadlessJobs::listEntities()
{
    const Document &doc = m_model.document();
    QByteArray out;
    for (const Entity &entity : doc.entities) {
        const QStringList fields = {entity.id, entity.name, entityKindKey(entity.kind),
                                    entityRoleKey(entity.role),
                                    QString::number(doc.mentionCount(entity.id)),
                                    QString::number(m_model.actionCount(entity.id))};
        out += fields.join(u'\t').toUtf8() + '\n';
    }
    writeStdout(out);
    return true;
}

bool HeadlessJobs::exportActions(const ActionFilter &filter)
{
    const Document &doc = m_model.document();
    const QList<int> rows = filter.acceptedActions(doc);
    QString error;
    const std::optional<QByteArray> bytes = actionsExport(doc, rows, m_options.exportActions, &error);
    if (!bytes) {
        fail(m_options.exportActions, error, 1);
        return false;
    }
    if (m_options.exportActions == u"-") {
        writeStdout(*bytes);
        return true;
    }
    if (!writeFileAtomically(m_options.exportActions, *bytes, &error)) {
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
    options.title = m_model.document().procedure.title;
    return options;
}

bool HeadlessJobs::exportMap()
{
    QString error;
    if (!re::exportMap(m_model, m_options.exportMap, imageOptions(), &error)) {
        fail(m_options.exportMap, error);
        return false;
    }
    return true;
}

bool HeadlessJobs::exportChart()
{
    const ImageExportOptions options = imageOptions();
    const std::optional<ChartKind> kind = chartKindFromString(m_options.chart);
    QString error;
    if (!kind || !re::exportChart(m_model, *kind, m_options.exportChart, options, &error)) {
        fail(m_options.exportChart, kind ? error : Tr::tr("unknown chart kind"));
        return false;
    }
    return true;
}

} // namespace re
