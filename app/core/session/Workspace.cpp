// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Workspace.h"

#include "session/DocumentSession.h"

namespace re {

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    m_current = addSession();
}

DocumentSession *Workspace::addSession()
{
    auto *session = new DocumentSession(this);
    m_sessions.append(session);
    return session;
}

void Workspace::setCurrent(DocumentSession *session)
{
    if (session == m_current || !m_sessions.contains(session))
        return;
    m_current = session;
    Q_EMIT currentChanged(session);
}

} // namespace re
