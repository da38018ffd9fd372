// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/DocumentStatus.h"

#include "model/ResolutionModel.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace re {

DocumentStatus::DocumentStatus(ResolutionModel *model, QStatusBar *bar)
    : QObject(bar), m_model(model), m_document(new QLabel(bar)), m_vote(new QLabel(bar))
{
    m_document->setObjectName(QStringLiteral("statusDocument"));
    m_vote->setObjectName(QStringLiteral("statusVote"));
    bar->addWidget(m_document, 1);
    bar->addPermanentWidget(m_vote);
    connect(m_model, &ResolutionModel::documentChanged, this, &DocumentStatus::update);
    connect(m_model, &ResolutionModel::voteChanged, this, &DocumentStatus::update);
    update();
}

void DocumentStatus::update()
{
    const Document &document = m_model->document();
    const QString source = m_model->session()->source().kind == DocumentSource::Kind::Bundled
        ? tr("Bundled summary from the Legislative Observatory")
        : QFileInfo(document.sourceName).fileName();
    m_document->setText(
        tr("%1  \u00b7  Sections: %2  \u00b7  Paragraphs: %3  \u00b7  Actions: %4  \u00b7  "
           "Entities: %5")
            .arg(source)
            .arg(document.sections.size())
            .arg(document.paragraphs.size())
            .arg(document.actions.size())
            .arg(document.entities.size()));
    m_document->setToolTip(document.sourceName);
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

} // namespace re
