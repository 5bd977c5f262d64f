#!/usr/bin/env bash
# Installs what Faultless needs to build, run and test on Debian 12, from Debian's packages only.
# Safe to run again: apt-get skips what is installed. Needs root (or sudo).
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache pkg-config
    # scripts/check-format.sh, run by the test suite: the formatting .clang-format describes.
    clang-format
    # scripts/check-function-length.sh, run by the test suite: function extents from ctags.
    universal-ctags
    # scripts/check-layers.py, run by the test suite: no include runs up a layer.
    python3
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    # Qt6Charts' CMake config needs Qt6OpenGL's, which qt6-base-dev only recommends and
    # --no-install-recommends below would leave out.
    libqt6opengl6-dev
    libsqlite3-dev sqlite3 zlib1g-dev libsimdjson-dev libzip-dev
    xvfb xauth poppler-utils fonts-dejavu-core
    # Installing and packaging (cmake/DesktopIntegration.cmake, cmake/Packaging.cmake, tested by
    # tests/tst_install.cpp): the validators of the .desktop file and the AppStream metainfo, the
    # MIME database, bash-completion (its pkg-config file and its functions), and dpkg-shlibdeps
    # and `file` for CPack's computed dependencies.
    desktop-file-utils appstream shared-mime-info bash-completion dpkg-dev file
    # Team reviews (docs/team-server.md): Qt's PostgreSQL driver and libpq for the app, and
    # PostgreSQL 15 itself with pg_virtualenv (postgresql-common) for the server tests.
    libqt6sql6-psql libpq-dev postgresql postgresql-common
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
