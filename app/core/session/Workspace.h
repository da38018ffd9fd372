// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

namespace re {

class DocumentSession;

/// The open documents: one DocumentSession each, and the current one, which the window's
/// ResolutionModel fronts. It starts with one empty session and never has none.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);

    QList<DocumentSession *> sessions() const { return m_sessions; }
    DocumentSession *current() const { return m_current; }
    /// A new, empty session (not made current).
    DocumentSession *addSession();
    /// Makes one of the sessions current; others are ignored.
    void setCurrent(DocumentSession *session);

Q_SIGNALS:
    void currentChanged(re::DocumentSession *session);

private:
    QList<DocumentSession *> m_sessions;
    DocumentSession *m_current = nullptr;
};

} // namespace re
