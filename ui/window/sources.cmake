# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The explorer window: its panes, filter bar, menus and layout settings.
target_sources(rexui PRIVATE
    window/WindowPalette.h window/WindowPalette.cpp
    window/ReaderDocument.h window/ReaderDocument.cpp
    window/ReaderPane.h window/ReaderPane.cpp
    window/SectionFilterProxy.h window/SectionFilterProxy.cpp
    window/SectionTreePane.h window/SectionTreePane.cpp
    window/EntityFilterButton.h window/EntityFilterButton.cpp
    window/FilterBar.h window/FilterBar.cpp
    window/ActionTablePane.h window/ActionTablePane.cpp
    window/SettingsCheck.h window/SettingsCheck.cpp
    window/WindowLayout.h window/WindowLayout.cpp
    window/DockWidthShare.h window/DockWidthShare.cpp
    window/RecentFilesMenu.h window/RecentFilesMenu.cpp
    window/UserDialogs.h window/UserDialogs.cpp
    window/FileCommands.h window/FileCommands.cpp
    window/OpenProcedureDialog.h window/OpenProcedureDialog.cpp
    window/OnlineCommands.h window/OnlineCommands.cpp
    window/CorpusCommands.h window/CorpusCommands.cpp
    window/DocumentStatus.h window/DocumentStatus.cpp
    window/About.h window/About.cpp
    window/KeyboardShortcuts.h window/KeyboardShortcuts.cpp
    window/UserGuide.h window/UserGuide.cpp
    window/MainWindow.h window/MainWindow.cpp
)
