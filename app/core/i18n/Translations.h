// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace re {

/// Installs the translations for `language` ("fr", "de", "fr_BE"...; empty: the system
/// locale's UI languages) on `app`: the program's own catalogue, compiled into the program
/// under ":/i18n/", and Qt's own strings (qtbase) from Qt's translations folder when present.
/// Calling it again replaces the translators installed by the previous call. An explicit
/// language also becomes the default QLocale, so numbers and dates follow the menus.
/// Returns true when the program's catalogue for the language was installed, or when the
/// language is English (the language of the source strings); false otherwise, in which case
/// the program shows English.
bool installTranslations(QCoreApplication &app, const QString &language);

/// The languages the program has a catalogue for, besides English: e.g. {"de", "fr"}.
QStringList availableTranslations();

} // namespace re
