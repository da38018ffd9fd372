// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/DocumentStatus.h"

#include "model/ResolutionModel.h"
#include "online/OnlineFetch.h"
#include "session/DocumentSession.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace re {

DocumentStatus::DocumentStatus(ResolutionModel *model, QStatusBar *bar)
    : QObject(bar)
    , m_model(model)
    , m_document(new QLabel(bar))
    , m_vote(new QLabel(bar))
    , m_busy(new QProgressBar(bar))
    , m_cancel(new QToolButton(bar))
{
    m_document->setObjectName(QStringLiteral("statusDocument"));
    m_vote->setObjectName(QStringLiteral("statusVote"));
    m_busy->setObjectName(QStringLiteral("statusBusy"));
    m_busy->setRange(0, 0); // how long a read takes is not known ahead: a busy bar
    m_busy->setMaximumWidth(bar->fontMetrics().averageCharWidth() * 18);
    m_busy->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("statusCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading or fetching; the document stays as it is"));
    // A narrow window shortens the document's line rather than cut it mid-word.
    m_document->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_document->installEventFilter(this);
    bar->addWidget(m_document, 1);
    bar->addPermanentWidget(m_busy);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_vote);
    m_busy->hide();
    m_cancel->hide();
    DocumentSession *session = m_model->session();
    connect(session, &DocumentSession::openStarted, this, &DocumentStatus::showBusy);
    connect(session, &DocumentSession::openFinished, this, &DocumentStatus::showBusy);
    connect(session, &DocumentSession::rollCallStarted, this, &DocumentStatus::showBusy);
    connect(session, &DocumentSession::rollCallFinished, this, &DocumentStatus::showBusy);
    connect(m_cancel, &QToolButton::clicked, session, [session] {
        session->cancelOpen();
        session->cancelRollCall();
    });
    connect(m_model, &ResolutionModel::documentChanged, this, &DocumentStatus::update);
    connect(m_model, &ResolutionModel::voteChanged, this, &DocumentStatus::update);
    update();
}

void DocumentStatus::watch(OnlineFetch *job)
{
    m_jobs.append(job);
    connect(job, &OnlineFetch::runningChanged, this, &DocumentStatus::showBusy);
    connect(m_cancel, &QToolButton::clicked, job, &OnlineFetch::cancel);
}

void DocumentStatus::showBusy()
{
    const DocumentSession *session = m_model->session();
    const bool busy = session->isOpening() || session->isAttachingRollCall()
        || std::any_of(m_jobs.cbegin(), m_jobs.cend(),
            [](const OnlineFetch *job) { return job->isRunning(); });
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
}

void DocumentStatus::update()
{
    const Document &document = m_model->document();
    QString source;
    if (m_model->session()->source().kind == DocumentSource::Kind::Bundled)
        source = tr("Bundled summary from the Legislative Observatory");
    else if (!document.procedure.sourceUrl.isEmpty() && document.procedure.fetched.isValid())
        source = tr("Fetched from the Legislative Observatory on %1")
                     .arg(QLocale().toString(
                         document.procedure.fetched.toLocalTime().date(), QLocale::ShortFormat));
    else
        source = QFileInfo(document.sourceName).fileName();
    m_documentText
        = tr("%1  \u00b7  Sections: %2  \u00b7  Paragraphs: %3  \u00b7  Actions: %4  \u00b7  "
             "Entities: %5")
              .arg(source)
              .arg(document.sections.size())
              .arg(document.paragraphs.size())
              .arg(document.actions.size())
              .arg(document.entities.size());
    elideDocumentText();
    m_document->setToolTip(document.procedure.sourceUrl.isEmpty() ? document.sourceName
                                                                  : document.procedure.sourceUrl);
    if (document.vote) {
        const Vote &vote = *document.vote;
        m_vote->setText(tr("%1: %2 for, %3 against, %4 abstentions")
                            .arg(vote.adopted() ? tr("Adopted") : tr("Rejected"))
                            .arg(vote.votesFor)
                            .arg(vote.against)
                            .arg(vote.abstentions));
    } else {
        m_vote->setText(tr("No vote in this document"));
    }
}

bool DocumentStatus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_document && event->type() == QEvent::Resize)
        elideDocumentText();
    return QObject::eventFilter(watched, event);
}

void DocumentStatus::elideDocumentText()
{
    const int width = m_document->contentsRect().width();
    m_document->setText(width > 0
            ? m_document->fontMetrics().elidedText(m_documentText, Qt::ElideRight, width)
            : m_documentText);
}

} // namespace re
