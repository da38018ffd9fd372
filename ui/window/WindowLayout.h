// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ActionFilter.h"

#include <QByteArray>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QScreen;
class QSettings;

namespace re {

/// What the window restores on the next start: geometry, docks, splitters, the table's
/// columns and the last filters. Stored as one versioned, checksummed value so that an older
/// or damaged value is ignored whole, never applied in part.
struct WindowLayout
{
    /// Bump when the window's docks or splitters change: older layouts are then ignored.
    /// Version 1 stored the filter's criteria one by one; it is still read.
    static constexpr int Version = 2;
    static constexpr const char *SettingsKey = "window/layout";
    /// The window's size at first start where the screen has room.
    static constexpr QSize DefaultWindowSize { 1600, 1000 };
    /// A first window shorter than this shows the map and the vote as two tabs of one dock:
    /// one above the other, each would keep little more than its minimum height.
    static constexpr int TabbedDocksBelowHeight = 800;
    /// The first-start size on a screen whose QScreen::availableGeometry() is `available`:
    /// DefaultWindowSize, four fifths of a larger screen, or most of a smaller one (room left
    /// for the frame a window manager adds); never larger than `available`.
    static QSize defaultWindowSize(const QRect &available);
    static QSize defaultWindowSize(const QScreen *screen);
    /// `size` made to fit `available` (a restored size from a larger screen), unchanged if it
    /// fits.
    static QSize fittedWindowSize(const QSize &size, const QRect &available);

    QByteArray geometry; ///< QWidget::saveGeometry()
    QByteArray windowState; ///< QMainWindow::saveState(Version)
    QByteArray mainSplitter; ///< QSplitter::saveState()
    QByteArray readingSplitter;
    QByteArray tableHeader; ///< QHeaderView::saveState()
    ActionFilter filter; ///< stored in its text form (ActionFilter::toText())

    /// The stored form; `version` is for tests of older layouts (1 writes version 1's form).
    QByteArray encode(int version = Version) const;
    /// nullopt for anything but a complete layout of this version; `problem` then says why.
    static std::optional<WindowLayout> decode(const QByteArray &bytes, QString *problem = nullptr);

    /// The stored layout; a stored value that cannot be used is ignored whole, with a warning
    /// in the "re.settings" category, so the window starts with its default layout.
    static std::optional<WindowLayout> load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const WindowLayout &, const WindowLayout &) = default;
};

} // namespace re
