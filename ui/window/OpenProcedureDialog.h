// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace re {

class ProcedureFetch;

/// File > Open Procedure: the user types a procedure reference or pastes a Legislative
/// Observatory address; the dialog fetches the resolution (ProcedureFetch), showing each step
/// with a progress bar and Cancel, and says in one sentence what went wrong, staying open to
/// try again. When Parliament's decision has no summary yet it offers the latest summary there
/// is. A fetched resolution is handed over by documentFetched() and the dialog closes.
class OpenProcedureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenProcedureDialog(QWidget *parent = nullptr);

    ProcedureFetch *fetch() const { return m_fetch; }
    /// Fills in `text` and starts at once; `refresh` fetches again what the cache holds.
    void startFetch(const QString &text, bool refresh);

Q_SIGNALS:
    void documentFetched(const re::Document &document);

protected:
    void reject() override;

private:
    void openClicked();
    void setBusy(bool busy);
    void showError(const QString &message);

    ProcedureFetch *m_fetch;
    QLineEdit *m_input;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
    QPushButton *m_openLatest;
    QString m_latestSummaryId;
};

} // namespace re
