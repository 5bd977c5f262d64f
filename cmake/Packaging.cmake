# `cpack -G DEB` in the build folder makes faultless_<version>_<arch>.deb for Debian 12. Its
# library dependencies are computed by dpkg-shlibdeps (dpkg-dev, and `file`); the Qt plugins the
# programs load at run time are not linked, so they are named here: the SQLite driver that opens
# every review and the platform plugins (xcb, wayland, offscreen).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME faultless)
set(CPACK_PACKAGE_VENDOR "The Faultless developers")
set(CPACK_PACKAGE_CONTACT "The Faultless developers <faultless@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/faultless/faultless")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "blameless incident learning reviews on one timeline")
set(CPACK_PACKAGE_DESCRIPTION
    "Faultless builds one multi-lane timeline of an incident from logs,\n"
    "feature-flag changes, chaos-experiment results, chat exports and alerts, and\n"
    "gives the review team annotations, contributing factors backed by evidence\n"
    "and several narratives. Briefings are exported as PDF, HTML or Markdown.\n"
    "faultless-cli imports, queries and exports reviews from scripts.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQLite driver for documents and its PostgreSQL driver for team reviews, which brings libpq:
# the model looks up libpq's COPY functions in it rather than linking it (model/store/libpq.h), so
# dpkg-shlibdeps does not see libpq.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins")
# Qt's own strings (standard buttons, dialogs) in German and Spanish.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
