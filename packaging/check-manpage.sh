#!/bin/sh
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the man page and --help name the same options, both ways.
# Usage: check-manpage.sh PROGRAM MANPAGE   (MANPAGE may be gzipped)
set -eu
program=$1
page=$2

# The man page is English: compare it with the English --help, whatever the locale.
help=$("$program" --lang en --help)
# The man page source with roff's escaped hyphens made plain.
man=$(gzip -dcf "$page" | sed 's/\\-/-/g')

help_options=$(printf '%s\n' "$help" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
man_options=$(printf '%s\n' "$man" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$help_options" ] || { echo "check-manpage: $program --help lists no option" >&2; exit 1; }

status=0
for option in $help_options; do
    printf '%s\n' "$man_options" | grep -qx -- "$option" || {
        echo "check-manpage: $option is in --help but not in $page" >&2
        status=1
    }
done
for option in $man_options; do
    printf '%s\n' "$help_options" | grep -qx -- "$option" || {
        echo "check-manpage: $page documents $option, which --help does not list" >&2
        status=1
    }
done
[ $status -eq 0 ] && echo "check-manpage: $(printf '%s\n' "$help_options" | wc -l) options documented"
exit $status
