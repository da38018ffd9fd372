// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace re {

class OnlineFetch;
class ResolutionModel;

/// The status bar's two labels: the document (where it came from and its counts) and the
/// vote's result, following the shared model; and, while a file is opened or roll-call data is
/// read on a worker or fetched, a busy bar with a Cancel button.
class DocumentStatus : public QObject
{
    Q_OBJECT
public:
    DocumentStatus(ResolutionModel *model, QStatusBar *bar);
    /// Shows the busy bar while `job` runs; Cancel cancels it too.
    void watch(OnlineFetch *job);

protected:
    /// The document label resized: its text elided again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void showBusy();
    /// Shows as much of the document's line as the label's width holds, ending in an ellipsis.
    void elideDocumentText();

    ResolutionModel *m_model;
    QLabel *m_document;
    QString m_documentText; ///< the whole line m_document shows elided
    QLabel *m_vote;
    QProgressBar *m_busy;
    QToolButton *m_cancel;
    QList<OnlineFetch *> m_jobs;
};

} // namespace re
