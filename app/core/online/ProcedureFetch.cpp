// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "online/ProcedureFetch.h"

#include "import/DocumentLoader.h"
#include "io/AtomicWrite.h"
#include "io/DocumentJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace re {

void addProcedureFile(Document &document, const ProcedureFile &file)
{
    Procedure &procedure = document.procedure;
    if (procedure.reference.isEmpty())
        procedure.reference = file.reference;
    if (procedure.title.isEmpty())
        procedure.title = file.title;
    procedure.committee = file.committee;
    procedure.rapporteurs = file.rapporteurs;
    procedure.events = file.events;
}

ProcedureFetch::ProcedureFetch(QObject *parent) : OnlineFetch(parent)
{
    m_worker.setMaxThreadCount(1);
}

ProcedureFetch::~ProcedureFetch()
{
    end();
    m_worker.waitForDone();
}

void ProcedureFetch::start(const OnlineSources::ProcedureInput &input, CachePolicy policy)
{
    begin(policy);
    m_input = input;
    m_procedureFile.reset();
    if (!input.reference.isEmpty()) {
        fetchProcedureFile(
            input.reference, [this](const FetchedPage *page) { readProcedureFile(*page); });
    } else {
        fetchSummary(input.summaryId);
    }
}

void ProcedureFetch::openSummary(const QString &summaryId)
{
    if (isRunning())
        fetchSummary(summaryId);
}

void ProcedureFetch::failed(const QString &error)
{
    Q_EMIT finished(std::nullopt, error);
}

void ProcedureFetch::readProcedureFile(const FetchedPage &page)
{
    QString error;
    std::optional<ProcedureFile> file = parseProcedureFile(page.body, &error);
    if (!file) {
        end();
        failed(tr("The Legislative Observatory's page for %1 is not a procedure file: %2")
                   .arg(m_input.reference, error));
        return;
    }
    m_procedureFile = std::move(file);
    const QString decision = m_procedureFile->decisionSummaryId();
    if (!decision.isEmpty()) {
        fetchSummary(decision);
        return;
    }
    const KeyEvent *latest = m_procedureFile->latestSummary();
    if (!latest) {
        end();
        failed(tr("The procedure file of %1 links no summary yet: Parliament has not decided, or "
                  "the Legislative Observatory has not summarised its decision.")
                   .arg(m_procedureFile->reference));
        return;
    }
    Q_EMIT noDecisionSummary(tr("Parliament's decision on %1 has no summary yet. The latest "
                                "summary is of \"%2\" (%3).")
                                 .arg(m_procedureFile->reference, latest->event,
                                     QLocale().toString(latest->date, QLocale::ShortFormat)),
        *latest);
}

void ProcedureFetch::fetchProcedureFile(
    const QString &reference, std::function<void(const FetchedPage *)> next, bool optional)
{
    Q_EMIT stepChanged(
        tr("Fetching the procedure file of %1 from the Legislative Observatory...").arg(reference));
    fetch(OnlineSources::procedureFileUrl(reference), WebClient::Expect::Html, std::move(next),
        optional);
}

void ProcedureFetch::fetchSummary(const QString &summaryId)
{
    Q_EMIT stepChanged(tr("Fetching the summary from the Legislative Observatory..."));
    fetch(OnlineSources::documentSummaryUrl(summaryId), WebClient::Expect::Html,
        [this](const FetchedPage *page) { readSummary(*page); });
}

void ProcedureFetch::readSummary(const FetchedPage &page)
{
    Q_EMIT stepChanged(tr("Reading the summary..."));
    const quint64 job = generation();
    QPointer<ProcedureFetch> self(this);
    m_worker.start([self, job, body = page.body, fetched = page.fetched, url = page.url] {
        QString error;
        std::optional<Document> document = loadHtmlSummary(body, &error);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, document = std::move(document), error, fetched, url]() mutable {
                if (self)
                    self->summaryRead(job, std::move(document), error, fetched, url);
            },
            Qt::QueuedConnection);
    });
}

void ProcedureFetch::summaryRead(quint64 job, std::optional<Document> document,
    const QString &error, const QDateTime &fetched, const QUrl &url)
{
    if (job != generation() || !isRunning())
        return;
    if (!document) {
        end();
        failed(tr("The summary at %1 cannot be read: %2").arg(url.toDisplayString(), error));
        return;
    }
    document->sourceName = url.toString();
    document->procedure.sourceUrl = url.toString();
    document->procedure.fetched = fetched;
    if (m_procedureFile) {
        addProcedureFile(*document, *m_procedureFile);
        succeed(std::move(*document));
        return;
    }
    const QString reference = document->procedure.reference;
    if (reference.isEmpty()) {
        succeed(std::move(*document));
        return;
    }
    // Opened by a summary's address: the procedure file adds what it can; without it the
    // summary still opens.
    fetchProcedureFile(
        reference,
        [this, document = std::move(*document)](const FetchedPage *page) mutable {
            if (page) {
                if (std::optional<ProcedureFile> file = parseProcedureFile(page->body, nullptr))
                    addProcedureFile(document, *file);
            }
            succeed(std::move(document));
        },
        true);
}

void ProcedureFetch::succeed(Document document)
{
    end();
    if (!document.procedure.reference.isEmpty()) {
        QString error;
        const QString path = cache().documentPath(document.procedure.reference);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())
            || !writeFileAtomically(path, documentToJson(document), &error))
            qCWarning(reOnline, "The fetched document cannot be kept in the cache: %s",
                qUtf8Printable(error));
    }
    Q_EMIT finished(document, {});
}

} // namespace re
