# Finds every library BuildDeck builds on. Each one missing stops configure with the Debian
# package that provides it, so `apt-get install` is always the next step.

function(builddeck_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR
            "${what} was not found. Install the Debian package '${package}' "
            "(apt-get install ${package}) or run 'scripts/dev.sh deps'.")
    endif()
endfunction()

set(_qt_components Core Gui Widgets Sql Concurrent Svg Test LinguistTools)
set(_qt_packages_Core qt6-base-dev)
set(_qt_packages_Gui qt6-base-dev)
set(_qt_packages_Widgets qt6-base-dev)
set(_qt_packages_Sql qt6-base-dev)
set(_qt_packages_Concurrent qt6-base-dev)
set(_qt_packages_Svg qt6-svg-dev)
set(_qt_packages_Test qt6-base-dev)
set(_qt_packages_LinguistTools qt6-tools-dev)

find_package(Qt6 6.4 QUIET COMPONENTS Core)
builddeck_require(Qt6_FOUND "Qt 6 (6.4 or newer)" qt6-base-dev)
foreach(component IN LISTS _qt_components)
    find_package(Qt6 6.4 QUIET COMPONENTS ${component})
    builddeck_require(Qt6${component}_FOUND "Qt6${component}" ${_qt_packages_${component}})
endforeach()
qt_standard_project_setup()

find_package(yaml-cpp 0.7 QUIET CONFIG)
builddeck_require(yaml-cpp_FOUND "yaml-cpp" libyaml-cpp-dev)

find_package(PkgConfig QUIET)
builddeck_require(PKG_CONFIG_FOUND "pkg-config" pkg-config)
pkg_check_modules(LIBGIT2 QUIET IMPORTED_TARGET libgit2>=1.5)
builddeck_require(LIBGIT2_FOUND "libgit2 (1.5 or newer)" libgit2-dev)

find_package(CURL 7.80 QUIET)
builddeck_require(CURL_FOUND "libcurl" libcurl4-openssl-dev)

find_package(LibArchive 3.6 QUIET)
builddeck_require(LibArchive_FOUND "libarchive" libarchive-dev)

find_package(Qt6Keychain QUIET CONFIG)
builddeck_require(Qt6Keychain_FOUND "QtKeychain for Qt 6" qtkeychain-qt6-dev)

if(BUILD_TESTING)
    find_package(Catch2 2.13 QUIET CONFIG)
    builddeck_require(Catch2_FOUND "Catch2 v2" catch2)
endif()
