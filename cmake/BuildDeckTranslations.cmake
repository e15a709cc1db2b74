# Translations: lupdate reads every source of core, ui and app; the .qm files are embedded in
# builddeck_core under :/i18n so that both executables (and the tests) have them.
# Run `cmake --build --preset dev --target update_translations` after changing user-visible text.
file(GLOB_RECURSE BUILDDECK_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(SORT BUILDDECK_TRANSLATABLE_SOURCES)
set(BUILDDECK_TS_FILES ${PROJECT_SOURCE_DIR}/translations/builddeck_de.ts ${PROJECT_SOURCE_DIR}/translations/builddeck_fr.ts)
set(BUILDDECK_LUPDATE_OPTIONS -no-obsolete -locations none)
qt_add_translations(builddeck_core
    TS_FILES ${BUILDDECK_TS_FILES}
    SOURCES ${BUILDDECK_TRANSLATABLE_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS ${BUILDDECK_LUPDATE_OPTIONS})
