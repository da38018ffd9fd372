// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/StatementCounter.h"

#include "library/Library.h"

#include <QFileInfo>
#include <optional>

namespace re {

/// The counting thread's side: its own Library on the file, opened at the first count (the
/// connection belongs to the thread that opens it) and kept while the path is the same.
class StatementCounter::Worker : public QObject
{
public:
    std::optional<qint64> count(const QString &path, const CorpusQuery &query)
    {
        if (!m_library || m_library->path() != path) {
            m_library.reset();
            QString error;
            // A file gone since (opening would make a new, empty library) is not counted.
            if (QFileInfo(path).isFile())
                m_library = Library::open(path, &error);
        }
        if (!m_library)
            return std::nullopt;
        return m_library->statementCount(query);
    }

private:
    std::unique_ptr<Library> m_library;
};

StatementCounter::StatementCounter(QObject *parent)
    : QObject(parent), m_worker(new Worker), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("StatementCounter"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StatementCounter::~StatementCounter()
{
    // The worker's connection is closed on its own thread, then the thread ends.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StatementCounter::count(const QString &path, const CorpusQuery &query)
{
    const quint64 generation = ++*m_latest;
    // This object outlives the worker's tasks: its destructor waits for them. The answer is
    // posted back to it, and dropped by Qt if it is gone by then.
    QMetaObject::invokeMethod(
        m_worker, [counter = this, worker = m_worker, latest = m_latest, generation, path, query] {
            if (*latest != generation)
                return; // another count was asked meanwhile
            const std::optional<qint64> statements = worker->count(path, query);
            QMetaObject::invokeMethod(counter, [counter, latest, generation, statements] {
                if (*latest == generation)
                    Q_EMIT counter->counted(statements.value_or(-1));
            });
        });
}

} // namespace re
