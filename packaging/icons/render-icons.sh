#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders the hicolor PNG sizes from the SVG icon (rsvg-convert, Debian package librsvg2-bin).
# Run after editing app.svg and commit png/<size>.png; CMake installs them under the app id.
set -eu
cd "$(dirname "$0")"
mkdir -p png
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "png/$size.png" app.svg
done
