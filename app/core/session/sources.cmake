# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The open documents: one session per document (its derived data and operations), the workspace.
target_sources(rexcore PRIVATE
    session/DocumentSession.h session/DocumentSession.cpp
    session/Workspace.h session/Workspace.cpp
)
