# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The local library of resolutions (corpus mode): one SQLite file, its schema and migrations.
target_sources(rexcore PRIVATE
    library/Library.h library/Library.cpp
    library/LibrarySchema.h library/LibrarySchema.cpp
)
