#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the .deb and .tar.gz with CPack, installs the .deb with apt-get, checks the installed
# program and its desktop integration, and removes the package again, whatever happened.
# Usage: packaging/check-package.sh [BUILD_DIR]   (default: $TMPDIR/resolution-explorer-package)
# A BUILD_DIR that is already configured is reused as it is; otherwise a Release build without
# tests is configured there.
# Needs root or sudo (apt-get), desktop-file-utils and appstream. Exit status 0: all passed.
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${TMPDIR:-/tmp}/resolution-explorer-package}
package=resolution-explorer
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
work=$(mktemp -d)
installed_by_us=no

say() { printf 'check-package: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

cleanup() {
    status=$?
    if [ "$installed_by_us" = yes ]; then
        say "removing $package"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$package" \
            >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; status=1; }
        [ ! -e /usr/bin/$package ] || { say "FAILED: /usr/bin/$package is still there" >&2; status=1; }
    fi
    rm -rf "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

if dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
    fail "$package is already installed; remove it first (this check installs and removes it)"
fi

say "building in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DCMAKE_INSTALL_PREFIX=/usr >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log" >&2; fail "cmake configure"; }
fi
cmake --build "$build" -j2 >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; fail "build"; }
rm -f "$build"/$package*.deb "$build"/$package*.tar.gz
(cd "$build" && cpack) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }

deb=$(ls "$build"/${package}_*.deb)
tgz=$(ls "$build"/$package-*.tar.gz)
say "built $(basename "$deb") and $(basename "$tgz")"

# The package's control fields.
version=$(dpkg-deb -f "$deb" Version)
[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Section)" = text ] || fail "section is not text"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail "Depends lacks the Qt libraries (shlibdeps)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6network6' || fail "Depends lacks Qt Network (shlibdeps)"
dpkg-deb -f "$deb" Depends | grep -q 'ca-certificates' || fail "Depends lacks ca-certificates (https)"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6sql6-sqlite' || fail "Depends lacks Qt Sql's SQLite driver (the library)"
dpkg-deb -f "$deb" Description | sed -n 2p | grep -q '^ Resolution Explorer shows' \
    || fail "the description's second line is not the long description"

# One app id: the desktop file names it; every other file must carry the same.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
desktop=$(grep '^/usr/share/applications/.*\.desktop$' "$work/files")
appid=$(basename "$desktop" .desktop)
for file in /usr/bin/$package \
        /usr/share/metainfo/$appid.metainfo.xml \
        /usr/share/mime/packages/$appid.xml \
        /usr/share/icons/hicolor/scalable/apps/$appid.svg \
        /usr/share/icons/hicolor/48x48/apps/$appid.png \
        /usr/share/icons/hicolor/512x512/apps/$appid.png \
        /usr/share/man/man1/$package.1.gz \
        /usr/share/doc/$package/copyright; do
    grep -qx "$file" "$work/files" || fail "the package lacks $file"
done
# The .tar.gz lays out the same prefix.
tar -tzf "$tgz" >"$work/tgz-files"
for file in bin/$package share/applications/$appid.desktop share/man/man1/$package.1.gz; do
    grep -q "/$file\$" "$work/tgz-files" || fail "the .tar.gz lacks $file"
done

say "installing $(basename "$deb")"
# apt-get wants a path with a slash to take a file rather than a package name.
installed_by_us=yes
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install"; }

# The installed program, as a user without a display would run it.
run() { env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME="$work" "$@"; }
[ "$(command -v $package)" = /usr/bin/$package ] || fail "$package is not /usr/bin/$package on PATH"
printed=$(run $package --version)
[ "$printed" = "$package $version" ] || fail "--version printed '$printed', the package is $version"
run $package --export-chart "$work/x.png" 2>"$work/export.err" \
    || { cat "$work/export.err" >&2; fail "--export-chart"; }
[ "$(head -c 4 "$work/x.png" | tail -c 3)" = PNG ] || fail "--export-chart wrote no PNG"
[ ! -s "$work/export.err" ] || { cat "$work/export.err" >&2; fail "--export-chart wrote to stderr"; }
run $package --export-actions - --lang fr >"$work/actions.csv" || fail "--export-actions"
[ -s "$work/actions.csv" ] || fail "--export-actions wrote nothing"

# Desktop integration, as installed.
desktop-file-validate "/usr/share/applications/$appid.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$appid.metainfo.xml" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
mimetype=$(sed -n 's/.*mime-type type="\([^"]*\)".*/\1/p' "/usr/share/mime/packages/$appid.xml")
[ -f "/usr/share/mime/$mimetype.xml" ] || fail "update-mime-database did not register $mimetype"
grep -q "^MimeType=$mimetype;" "/usr/share/applications/$appid.desktop" \
    || fail "the desktop file does not open $mimetype"
sh "$src/packaging/check-manpage.sh" /usr/bin/$package /usr/share/man/man1/$package.1.gz
if command -v man >/dev/null 2>&1; then
    [ "$(man -w $package)" = /usr/share/man/man1/$package.1.gz ] || fail "man does not find the page"
fi

say "all checks passed for $package $version ($appid)"
