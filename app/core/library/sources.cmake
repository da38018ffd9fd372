# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The local library of resolutions (corpus mode): one SQLite file, its schema and migrations,
# and the corpus queries.
target_sources(rexcore PRIVATE
    library/Corpus.h
    library/CorpusQueries.cpp
    library/IntegrityStamp.h library/IntegrityStamp.cpp
    library/Library.h library/Library.cpp
    library/LibrarySchema.h library/LibrarySchema.cpp
    library/LibrarySql.h library/LibrarySql.cpp
    library/LibraryWriter.h library/LibraryWriter.cpp
    library/StatementCounter.h library/StatementCounter.cpp
)
# The writer binds its rows through SQLite's own prepared statements on the Qt driver's
# connection (its handle()): multi-row INSERTs prepared once per folder, no QVariant per value
# (docs/PERFORMANCE.md, item 26). The Qt driver must use this same system SQLite, as Debian's
# libqt6sql6-sqlite does; building needs libsqlite3-dev.
find_package(SQLite3 REQUIRED)
target_link_libraries(rexcore PRIVATE SQLite::SQLite3)
