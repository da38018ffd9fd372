# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(rexcore PRIVATE
    online/OnlineSources.h online/OnlineSources.cpp
    online/ProcedureFile.h online/ProcedureFile.cpp
    online/WebClient.h online/WebClient.cpp
    online/FetchCache.h online/FetchCache.cpp
    online/OnlineFetch.h online/OnlineFetch.cpp
    online/ProcedureFetch.h online/ProcedureFetch.cpp
    online/HowTheyVoteFetch.h online/HowTheyVoteFetch.cpp
)
