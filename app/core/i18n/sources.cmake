#SPDX - FileCopyrightText : 2026 Resolution Explorer contributors
#SPDX - License - Identifier : GPL - 3.0 - or -later

#Translations : the loader, and the catalogues compiled into rexcore under ":/i18n/".
target_sources(rexcore PRIVATE
    i18n/Translations.h i18n/Translations.cpp
    i18n/CountryNames.h i18n/CountryNames.cpp
    i18n/ThemeLabels.h i18n/ThemeLabels.cpp
    i18n/GazetteerLabels.h i18n/GazetteerLabels.cpp
)

#The Qt Linguist files live in packaging / translations(see packaging / README.md).lupdate reads
#every source of the program, not only rexcore's: the window, the panes and the command line.
#Build the target `update_translations` to refresh the.ts files; lrelease runs at every build.
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools) # Debian: qt6-tools-dev, qt6-l10n-tools
file(GLOB_RECURSE RE_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
qt_add_translations(rexcore
    TS_FILES
        ${PROJECT_SOURCE_DIR}/packaging/translations/resolution-explorer_fr.ts
        ${PROJECT_SOURCE_DIR}/packaging/translations/resolution-explorer_de.ts
    SOURCES ${RE_TRANSLATABLE_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app/core ${PROJECT_SOURCE_DIR}/app
        ${PROJECT_SOURCE_DIR}/ui
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations relative)
