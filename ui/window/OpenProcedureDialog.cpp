// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/OpenProcedureDialog.h"

#include "online/ProcedureFetch.h"
#include "window/WindowPalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace re {

OpenProcedureDialog::OpenProcedureDialog(QWidget *parent)
    : QDialog(parent)
    , m_fetch(new ProcedureFetch(this))
    , m_input(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_open(m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole))
    , m_openLatest(m_buttons->addButton(tr("Open &Latest Summary"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("openProcedureDialog"));
    setWindowTitle(tr("Open Procedure"));
    m_input->setObjectName(QStringLiteral("procedureInput"));
    m_input->setPlaceholderText(QStringLiteral("2025/2119(INI)"));
    m_input->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("procedureStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("procedureProgress"));
    m_progress->setTextVisible(false);
    m_buttons->setObjectName(QStringLiteral("procedureButtons"));
    m_open->setObjectName(QStringLiteral("procedureOpenButton"));
    m_open->setDefault(true);
    m_openLatest->setObjectName(QStringLiteral("procedureOpenLatestButton"));
    m_openLatest->hide();

    auto *label = new QLabel(tr("&Procedure reference, or the address of its page on the "
                                "Legislative Observatory:"),
        this);
    label->setBuddy(m_input);
    label->setWordWrap(true);
    auto *note = new QLabel(tr("The resolution is fetched from oeil.europarl.europa.eu and kept "
                               "on this computer, so that it opens again without a connection."),
        this);
    note->setObjectName(QStringLiteral("procedureNote"));
    note->setWordWrap(true);
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, WindowPalette::mutedText(palette()));
    note->setPalette(muted);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_input);
    layout->addWidget(note);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for a pasted address and a sentence per line, never wider than a small screen.
    setMinimumWidth(qMin(fontMetrics().averageCharWidth() * 70, 900));

    connect(m_open, &QPushButton::clicked, this, &OpenProcedureDialog::openClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenProcedureDialog::reject);
    connect(m_openLatest, &QPushButton::clicked, this, [this] {
        m_openLatest->hide();
        m_fetch->openSummary(m_latestSummaryId);
    });
    connect(m_input, &QLineEdit::returnPressed, this, &OpenProcedureDialog::openClicked);
    connect(m_fetch, &ProcedureFetch::runningChanged, this, &OpenProcedureDialog::setBusy);
    connect(m_fetch, &ProcedureFetch::stepChanged, this, [this](const QString &step) {
        m_status->setStyleSheet({});
        m_status->setText(step);
        m_progress->setRange(0, 0);
    });
    connect(m_fetch, &ProcedureFetch::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
    });
    connect(m_fetch, &ProcedureFetch::noDecisionSummary, this,
        [this](const QString &message, const KeyEvent &latest) {
            m_latestSummaryId = latest.summaryId;
            m_status->setStyleSheet({});
            m_status->setText(message);
            m_progress->hide();
            m_openLatest->show();
            m_openLatest->setFocus();
        });
    connect(m_fetch, &ProcedureFetch::finished, this,
        [this](const std::optional<Document> &document, const QString &error) {
            m_openLatest->hide();
            if (document) {
                m_status->clear();
                Q_EMIT documentFetched(*document);
                accept();
            } else if (!error.isEmpty()) {
                showError(error);
            } else {
                m_status->setText(tr("Cancelled."));
            }
        });
    setBusy(false);
}

void OpenProcedureDialog::startFetch(const QString &text, bool refresh)
{
    m_input->setText(text);
    QString error;
    const std::optional<OnlineSources::ProcedureInput> input
        = OnlineSources::parseProcedureInput(text, &error);
    if (!input) {
        showError(error);
        m_input->setFocus();
        m_input->selectAll();
        return;
    }
    m_fetch->start(*input,
        refresh ? OnlineFetch::CachePolicy::Refresh : OnlineFetch::CachePolicy::PreferCache);
}

void OpenProcedureDialog::openClicked()
{
    if (!m_fetch->isRunning())
        startFetch(m_input->text(), false);
}

void OpenProcedureDialog::reject()
{
    // Cancel stops a fetch first; the dialog closes at the next Cancel.
    if (m_fetch->isRunning()) {
        m_fetch->cancel();
        return;
    }
    QDialog::reject();
}

void OpenProcedureDialog::setBusy(bool busy)
{
    m_input->setReadOnly(busy);
    m_open->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_openLatest->hide();
        m_progress->setRange(0, 0);
    }
}

void OpenProcedureDialog::showError(const QString &message)
{
    m_status->setStyleSheet(
        QStringLiteral("color: %1;").arg(WindowPalette::errorText(palette()).name()));
    m_status->setText(message);
}

} // namespace re
