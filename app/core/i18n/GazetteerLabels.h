// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace re {

/// The names of the gazetteer's organisations, groupings and EU institutions offered to
/// translators (resources/gazetteer.json: a test checks that none is missing). displayName()
/// shows them translated; country names come from iso-codes instead (CountryNames).
QStringList translatableGazetteerNames();

} // namespace re
