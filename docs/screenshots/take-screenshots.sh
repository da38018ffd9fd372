#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes docs/screenshots/main-window.png: the real program on a 1600x1000 virtual X screen
# (Xvfb), as a first start shows it; real-summary-window.png, the same window on a real
# OEIL summary (the Myanmar resolution in tests/data/import/real/); and the window opening that
# resolution by its procedure reference (--procedure), from serve-recorded-pages.py on
# 127.0.0.1: open-procedure-fetching.png during the fetch, open-procedure-result.png after it.
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
shoot() { # OUTPUT [ARGUMENTS...]
    target=$1
    shift
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
        ' sh "$target.tmp.png" "$program" "$@"
    rm -rf "$config"
    mv "$target.tmp.png" "$target"
    echo "Wrote $target"
}

# Going online, to the recorded pages only: a fresh cache, so that the pages are fetched.
online() { # OUTPUT SECONDS_THE_SUMMARY_TAKES
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 "$here/serve-recorded-pages.py" "$port" --slow-summary "$2" &
    server=$!
    cache=$(mktemp -d)
    sleep 1
    export RE_OEIL_BASE_URL="http://127.0.0.1:$port" RE_HOWTHEYVOTE_BASE_URL="http://127.0.0.1:$port"
    export XDG_CACHE_HOME="$cache"
    shoot "$1" --procedure '2021/2540(RSP)'
    unset RE_OEIL_BASE_URL RE_HOWTHEYVOTE_BASE_URL XDG_CACHE_HOME
    kill "$server" 2>/dev/null || true
    rm -rf "$cache"
}

shoot "$output"
shoot "$here/real-summary-window.png" "$root/tests/data/import/real/oeil-document-summary_1651118.html"
online "$here/open-procedure-fetching.png" 60
online "$here/open-procedure-result.png" 0
