#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes docs/screenshots/main-window.png: the real program on a 1600x1000 virtual X screen
# (Xvfb), as a first start shows it; and real-summary-window.png, the same window on a real
# OEIL summary (the Myanmar resolution in tests/data/import/real/).
# Needs xvfb (xvfb-run), xauth and imagemagick (import). No window manager: the window sits
# at (0,0) without decorations.
#
# Usage: docs/screenshots/take-screenshots.sh [PROGRAM]
#   PROGRAM defaults to build/bin/resolution-explorer in the source tree.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
program=${1:-"$root/build/bin/resolution-explorer"}
output="$here/main-window.png"

if [ ! -x "$program" ]; then
    echo "take-screenshots.sh: no program at $program; build it first (cmake --build build)." >&2
    exit 1
fi
for tool in xvfb-run import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "take-screenshots.sh: $tool is missing (apt-get install xvfb xauth imagemagick)." >&2
        exit 1
    fi
done

# Each shot starts from a fresh settings folder: the default layout, no recent files.
shoot() { # OUTPUT [FILE]
    config=$(mktemp -d)
    XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" sh -c '
            out=$1; shift
            "$@" &
            pid=$!
            sleep "${RE_SCREENSHOT_DELAY:-5}"
            import -window root "$out"
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        ' sh "$1.tmp.png" "$program" ${2:+"$2"}
    rm -rf "$config"
    mv "$1.tmp.png" "$1"
    echo "Wrote $1"
}

shoot "$output"
shoot "$here/real-summary-window.png" "$root/tests/data/import/real/oeil-document-summary_1651118.html"
