// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace re {

/// The text of Help > About: the program, its data sources and their licences.
QString aboutText();

} // namespace re
