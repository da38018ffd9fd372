// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library rexdata is only the precomputed resources (see CMakeLists.txt); CMake wants one
// source file for a static library, and this is it.
