// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/Corpus.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <memory>

namespace re {

/// Counts the statements a corpus query matches on a thread of its own, through its own
/// connection to the library file: the exact count of a common word over 10 000 resolutions
/// takes longer than the table's first page, and the table need not wait for it. A count asked
/// while another is pending replaces it: only the latest is reported.
class StatementCounter : public QObject
{
    Q_OBJECT
public:
    explicit StatementCounter(QObject *parent = nullptr);
    ~StatementCounter() override;

    /// Counts `query` in the library file at `path` (not ":memory:", which another connection
    /// cannot see); counted() follows unless another count is asked first.
    void count(const QString &path, const CorpusQuery &query);

Q_SIGNALS:
    /// The statements of the latest query asked; -1 when the library could not be read.
    void counted(qint64 statements);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker; ///< lives in m_thread
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace re
