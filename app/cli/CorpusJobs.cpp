// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CorpusJobs.h"

#include "cli/HeadlessJobs.h"
#include "corpus/CorpusImageExport.h"
#include "export/ImageExport.h"
#include "import/ThemeCatalog.h"
#include "io/AtomicWrite.h"
#include "io/CorpusExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::CommandLine)
};

QString tabSeparatedLine(const QStringList &fields)
{
    QStringList escaped;
    for (const QString &field : fields)
        escaped.append(tabSeparatedField(field));
    return escaped.join(u'\t') + u'\n';
}

MatrixOrder matrixOrder(const QString &name)
{
    if (name == u"count")
        return MatrixOrder::Count;
    if (name == u"changes")
        return MatrixOrder::RoleChanges;
    return MatrixOrder::FirstAppearance;
}

} // namespace

CorpusJobs::CorpusJobs(const CliOptions &options) : m_options(options) { }

CorpusJobs::~CorpusJobs() = default;

void CorpusJobs::note(const QString &file, const QString &text)
{
    const QString line = u"resolution-explorer: "_s
        + escapedForOneLine(file + u": "_s + Tr::tr("note: %1").arg(text)) + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
}

int CorpusJobs::fail(const QString &file, const QString &problem, int status)
{
    const QString line = u"resolution-explorer: "_s
        + escapedForOneLine((file.isEmpty() ? QString() : file + u": "_s) + problem) + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
    m_status = status;
    return status;
}

int CorpusJobs::run()
{
    if (!open())
        return m_status;
    CorpusSelection selection;
    selection.yearFrom = m_options.yearFrom;
    selection.yearTo = m_options.yearTo;
    selection.procedureTypes = m_options.procedureTypes;
    selection.text = m_options.search;
    m_documents = m_library->documents(selection);
    if (m_documents.isEmpty()) {
        note(m_options.corpus,
            m_library->documents().isEmpty() ? Tr::tr("the library holds no resolution")
                                             : Tr::tr("no resolution matches the selection"));
    }
    const std::optional<CorpusQuery> query = buildQuery();
    if (!query)
        return m_status;
    // All or nothing, as HeadlessJobs: every output is made first, then stdout is written,
    // then the files are put in place.
    QByteArray out;
    AtomicWriteBatch files;
    const bool made = (!m_options.listDocuments || listDocuments(out))
        && (!m_options.listEntities || listEntities(out))
        && (m_options.exportActions.isEmpty() || exportActions(*query, out, files))
        && (m_options.exportMatrix.isEmpty() || exportMatrix(out, files))
        && (m_options.exportTimeline.isEmpty() || exportTimeline(files));
    if (!made)
        return m_status;
    QString error;
    if (!writeStdout(out, &error) || !files.commit(&error))
        return fail({}, error);
    return 0;
}

bool CorpusJobs::open()
{
    const QString &path = m_options.corpus;
    const QFileInfo info(path);
    QString error;
    if (!info.exists()) {
        fail(path, Tr::tr("no such folder or library file"));
        return false;
    }
    if (info.isDir()) {
        m_library = Library::open(u":memory:"_s, &error);
        if (!m_library) {
            fail(path, error);
            return false;
        }
        QStringList problems;
        const int added = m_library->addFolder(path, &problems);
        if (added == 0) {
            fail(path,
                problems.isEmpty()
                    ? Tr::tr("the folder holds no summary or saved document (.md, .txt, .html, "
                             ".htm, .json)")
                    : Tr::tr("none of the folder's %n file(s) could be read (%1)", "",
                        int(problems.size()))
                          .arg(problems.constFirst()));
            return false;
        }
        for (const QString &problem : std::as_const(problems))
            note(path, problem);
        return true;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix != u"sqlite" && suffix != u"db") {
        fail(path, Tr::tr("--corpus takes a folder of summaries or a library file (.sqlite, .db)"));
        return false;
    }
    // An empty file would be made a new library: a job that reads must not write one.
    if (info.isFile() && info.size() == 0) {
        fail(path, Tr::tr("the file is empty, not a library"));
        return false;
    }
    m_library = Library::open(path, &error);
    if (!m_library) {
        fail(path, error);
        return false;
    }
    return true;
}

QList<qint64> CorpusJobs::selectedIds() const
{
    QList<qint64> ids;
    ids.reserve(m_documents.size());
    for (const LibraryEntry &entry : m_documents)
        ids.append(entry.id);
    return ids;
}

std::optional<CorpusQuery> CorpusJobs::buildQuery()
{
    CorpusQuery query;
    query.documentIds = selectedIds();
    query.text = m_options.search;
    query.yearFrom = m_options.yearFrom;
    query.yearTo = m_options.yearTo;
    if (!m_options.entities.isEmpty()) {
        const QList<QPair<QString, QString>> named = m_library->entities(query.documentIds);
        for (const QString &wanted : m_options.entities) {
            const auto found = std::find_if(named.cbegin(), named.cend(), [&wanted](const auto &e) {
                return e.first.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0
                    || e.second.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (found == named.cend() || m_documents.isEmpty()) {
                fail({},
                    Tr::tr("--entity %1: the corpus names no such entity (see --list-entities)")
                        .arg(wanted),
                    1);
                return std::nullopt;
            }
            query.entities.append(found->first);
        }
    }
    if (!m_options.verb.isEmpty()) {
        const std::optional<VerbKind> kind = verbKindFromKey(m_options.verb.trimmed().toLower());
        if (!kind) {
            QStringList keys;
            for (VerbKind known : allVerbKinds())
                keys.append(verbKindKey(known));
            fail({}, Tr::tr("--verb takes one of: %1").arg(keys.join(u", "_s)), 1);
            return std::nullopt;
        }
        query.kind = verbKindKey(*kind);
    }
    if (!m_options.theme.isEmpty()) {
        const QStringList themes = ThemeCatalog::builtin().names();
        if (!themes.contains(m_options.theme.trimmed(), Qt::CaseInsensitive)) {
            fail({}, Tr::tr("--theme takes one of: %1").arg(themes.join(u"; "_s)), 1);
            return std::nullopt;
        }
        query.theme = m_options.theme.trimmed();
    }
    return query;
}

CorpusMatrix CorpusJobs::matrix() const
{
    // No resolution selected: no columns (an empty id list would mean every document).
    if (m_documents.isEmpty())
        return {};
    return m_library->matrix(selectedIds(), matrixOrder(m_options.matrixOrder));
}

QString CorpusJobs::imageTitle() const
{
    const QFileInfo info(m_options.corpus);
    const QString name = info.isDir() ? QDir(m_options.corpus).dirName() : info.completeBaseName();
    return Tr::tr("Resolutions of %1").arg(name);
}

bool CorpusJobs::listDocuments(QByteArray &out)
{
    for (const LibraryEntry &entry : std::as_const(m_documents)) {
        out += tabSeparatedLine(
            { entry.reference, entry.date.isValid() ? entry.date.toString(Qt::ISODate) : QString(),
                entry.procedureType, QString::number(entry.statements), entry.title,
                entry.sourcePath })
                   .toUtf8();
    }
    return true;
}

bool CorpusJobs::listEntities(QByteArray &out)
{
    CorpusMatrix counted;
    if (!m_documents.isEmpty())
        counted = m_library->matrix(selectedIds(), MatrixOrder::Count);
    for (const MatrixRow &row : std::as_const(counted.rows)) {
        out += tabSeparatedLine(
            { row.entityId, row.name, row.kind, QString::number(row.cells.size()),
                QString::number(row.statements) })
                   .toUtf8();
    }
    return true;
}

bool CorpusJobs::exportActions(const CorpusQuery &query, QByteArray &out, AtomicWriteBatch &files)
{
    const QList<CorpusStatement> statements
        = m_documents.isEmpty() ? QList<CorpusStatement>() : m_library->statements(query);
    if (statements.isEmpty() && !m_documents.isEmpty())
        note(m_options.exportActions, Tr::tr("no statement matches these filters"));
    QString error;
    const std::optional<QByteArray> bytes
        = corpusStatementsExport(statements, m_options.exportActions, &error);
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

bool CorpusJobs::exportMatrix(QByteArray &out, AtomicWriteBatch &files)
{
    const QString &path = m_options.exportMatrix;
    const CorpusMatrix corpusMatrix = matrix();
    QString error;
    std::optional<QByteArray> bytes;
    if (!m_options.matrixImage()) {
        bytes = corpusMatrixToCsv(corpusMatrix);
    } else {
        if (!path.endsWith(u".png"_s, Qt::CaseInsensitive)
            && !path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
            fail(path, Tr::tr("the matrix is written as CSV, PNG or SVG (.csv, .png, .svg)"), 1);
            return false;
        }
        const QString title = imageTitle();
        ImageExportOptions options = matrixExportOptions(corpusMatrix, title);
        if (m_options.size.isValid())
            options.size = m_options.size;
        options.dpi = m_options.dpi;
        bytes = matrixImageFile(corpusMatrix, title, path, options, &error);
    }
    if (!bytes || !deliverExport(path, *bytes, out, files, &error)) {
        fail(path, error);
        return false;
    }
    return true;
}

bool CorpusJobs::exportTimeline(AtomicWriteBatch &files)
{
    const QString &path = m_options.exportTimeline;
    const QString title = imageTitle();
    ImageExportOptions options = timelineExportOptions(title);
    if (m_options.size.isValid())
        options.size = m_options.size;
    options.dpi = m_options.dpi;
    QString error;
    const std::optional<QByteArray> bytes
        = timelineImageFile(m_documents, title, path, options, &error);
    if (!bytes || !files.add(path, *bytes, &error)) {
        fail(path, error);
        return false;
    }
    return true;
}

} // namespace re
