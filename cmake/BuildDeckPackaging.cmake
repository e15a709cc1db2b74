# Packages made from the install rules: a Debian package (its library dependencies found by
# dpkg-shlibdeps, so they are Debian's own) and a tarball. `cpack --config CPackConfig.cmake` in a
# build directory makes them.
set(CPACK_PACKAGE_NAME builddeck)
set(CPACK_PACKAGE_VENDOR "The BuildDeck authors")
set(CPACK_PACKAGE_CONTACT "The BuildDeck authors <builddeck@builddeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "BuildDeck runs AWS CodeBuild buildspecs in local Docker or Podman containers with CodeBuild's phases, "
    "statuses, variables, artifacts and test reports: a Qt desktop application and builddeck-cli, the same engine "
    "headless with the AWS CLI's verbs and JSON.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Qt plugins are loaded, not linked: dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "docker.io | podman, gnome-keyring, mmdebstrap, uidmap")
include(CPack)
