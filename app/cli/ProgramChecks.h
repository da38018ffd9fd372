// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace re {

/// Checks made before any Qt application exists, where Qt itself would abort with several lines
/// of its own or misread an argument. Each returns one sentence (empty when all is well) for
/// the caller to print as "resolution-explorer: ...".

/// The first argument that is not valid UTF-8, escaped (\xE9), with why it cannot be used: Qt
/// reads and opens file names as UTF-8, so such a name would be reported as missing.
QString invalidUtf8Argument(int argc, char **argv);

/// The Qt platform asked for by -platform NAME or QT_QPA_PLATFORM, when no installed platform
/// plugin provides it (Qt would abort with five lines): the sentence names those installed.
QString unavailablePlatform(const QStringList &arguments);

} // namespace re
