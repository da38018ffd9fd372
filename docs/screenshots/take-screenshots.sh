#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes docs/screenshots/main-window.png: the real program on a 1600x1000 virtual X screen
# (Xvfb), as a first start shows it; real-summary-window.png, the same window on a real
# OEIL summary (the Myanmar resolution in tests/data/import/real/); and the window opening that
# resolution by its procedure reference (--procedure), from serve-recorded-pages.py on
# 127.0.0.1: open-procedure-fetching.png during the fetch, open-procedure-result.png after it.
# Then the first start on other screens: window-1024x700.png, window-1366x768.png and
# window-2560x1600.png, and window-1600x1000-scale2.png (QT_SCALE_FACTOR=2 on a 3200x2000
# screen: 1600x1000 device-independent pixels). window-fr.png is the window in French
# (--lang fr); dark-window.png the window under a dark palette, drawn by the test that checks
# it (tests/ui/window/tst_darkpalette, in the build folder next to PROGRAM's); corpus-*.png
# the corpus view on the three real summaries, drawn by tests/ui/corpus/tst_corpuswindow.
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

# Each shot starts from a fresh settings folder: the default layout, no recent files. The
# virtual screen is $screen.
screen=1600x1000
shoot() { # OUTPUT [ARGUMENTS...]
    target=$1
    shift
    config=$(mktemp -d)
    XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 \
        xvfb-run -a -s "-screen 0 ${screen}x24" sh -c '
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

# The bundled resolution as it first opens on smaller and larger screens.
at_screen() { # SCREEN OUTPUT [ARGUMENTS...]
    screen=$1
    shift
    shoot "$@"
    screen=1600x1000
}
at_screen 1024x700 "$here/window-1024x700.png"
at_screen 1366x768 "$here/window-1366x768.png"
at_screen 2560x1600 "$here/window-2560x1600.png"
export QT_SCALE_FACTOR=2
at_screen 3200x2000 "$here/window-1600x1000-scale2.png"
unset QT_SCALE_FACTOR

shoot "$here/window-fr.png" --lang fr
dark_test="$(dirname "$program")/../tests/ui/window/tst_darkpalette"
if [ -x "$dark_test" ]; then
    # A 1600x1000 offscreen screen, so that the window opens as on the others.
    screens=$(mktemp)
    printf '{"screens": [{"name": "S", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}' >"$screens"
    config=$(mktemp -d)
    XDG_CONFIG_HOME="$config" RE_SCREENSHOT_DIR="$here" LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM="offscreen:configfile=$screens" "$dark_test" screenshot >/dev/null
    rm -rf "$screens" "$config"
    echo "Wrote $here/dark-window.png"
else
    echo "take-screenshots.sh: no $dark_test; dark-window.png not retaken." >&2
fi

corpus_test="$(dirname "$program")/../tests/ui/corpus/tst_corpuswindow"
if [ -x "$corpus_test" ]; then
    # The corpus view on the three real summaries, drawn by the test that drives it.
    screens=$(mktemp)
    printf '{"screens": [{"name": "S", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}' >"$screens"
    config=$(mktemp -d)
    XDG_CONFIG_HOME="$config" RE_SCREENSHOT_DIR="$here" LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM="offscreen:configfile=$screens" "$corpus_test" screenshots >/dev/null
    rm -rf "$screens" "$config"
    echo "Wrote $here/corpus-timeline.png, corpus-partners.png, corpus-statements.png, corpus-map.png"
else
    echo "take-screenshots.sh: no $corpus_test; the corpus pictures not retaken." >&2
fi
