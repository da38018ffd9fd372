#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reliability checks (docs/RELIABILITY.md), run by .ci/run after the normal build and tests:
#   1. the scaling check (tests/reliability/scaling.py) on the normal build's executable: each
#      input shape timed at n and 8n; a ratio over 20 (quadratic work), a run over 120 s, a
#      crash or an exit status other than 0 or 2 fails the run;
#   2. the whole project and its tests built with ASan + UBSan (preset "asan"), every test run;
#      any sanitizer report fails the run;
#   3. the libFuzzer targets of tests/fuzz built with clang 14 (preset "fuzz") and each run for
#      RE_FUZZ_SECONDS (default 60), two at a time; any crash, leak, timeout or sanitizer
#      report fails the run and leaves the input in <fuzz build>/fuzz/artifacts/.
#
# Usage: .ci/reliability.sh [all|scaling|asan|fuzz]        (default: all, in that order)
# Environment: RE_JOBS (2), RE_FUZZ_SECONDS (60), RE_BUILD_DIR (build: the normal build of
#   .ci/dev, configured and built here when it is missing, brought up to date when present),
#   RE_SCALING_BINARY (an executable to check instead, used as it is), RE_ASAN_BUILD_DIR
#   (build-asan), RE_FUZZ_BUILD_DIR (build-fuzz), RE_EXTRA_CMAKE_ARGS (added to the asan and
#   fuzz configure steps).
# Packages (clang-14, libclang-rt-14-dev, python3 and the project's) are installed with apt-get
# when missing, as root or through sudo.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jobs="${RE_JOBS:-2}"
fuzz_seconds="${RE_FUZZ_SECONDS:-60}"
normal_build="${RE_BUILD_DIR:-$here/build}"
asan_build="${RE_ASAN_BUILD_DIR:-$here/build-asan}"
fuzz_build="${RE_FUZZ_BUILD_DIR:-$here/build-fuzz}"
read -r -a extra_cmake_args <<< "${RE_EXTRA_CMAKE_ARGS:-}"
mode="${1:-all}"

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    libgumbo-dev libquazip1-qt6-dev fonts-dejavu-core libqt6sql6-sqlite libsqlite3-dev
    clang-14 libclang-rt-14-dev clang-format python3
)

# No report is tolerated: ASan stops at the first error, UBSan aborts (the presets also build
# with -fno-sanitize-recover). Leak detection stays on (see docs/RELIABILITY.md).
export ASAN_OPTIONS="abort_on_error=1:halt_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$here/tests/fuzz/lsan.supp:print_suppressions=0"

log() { printf '\n== %s  [%s]\n' "$*" "$(date +%H:%M:%S)"; }
die() { printf 'reliability: %s\n' "$*" >&2; exit 1; }

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

# Fails when a log holds a sanitizer report, even if the process exit status hid it.
check_reports() {
    local file="$1"
    if grep -nE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: UndefinedBehaviorSanitizer' \
        "$file" | head -20; then
        die "sanitizer report in $file"
    fi
}

run_asan() {
    local start=$SECONDS
    log "ASan + UBSan: configure ($asan_build)"
    cmake --preset asan -B "$asan_build" "${extra_cmake_args[@]}" >/dev/null
    log "ASan + UBSan: build"
    cmake --build "$asan_build" -j "$jobs"
    local built=$SECONDS
    log "ASan + UBSan: every test"
    local status=0
    ctest --test-dir "$asan_build" --output-on-failure -j "$jobs" \
        --output-log "$asan_build/reliability-ctest.log" || status=$?
    check_reports "$asan_build/reliability-ctest.log"
    [ "$status" -eq 0 ] || die "tests failed under ASan + UBSan"
    local count
    count=$(ctest --test-dir "$asan_build" -N | sed -n 's/^Total Tests: //p')
    log "ASan + UBSan: $count tests passed; build $((built - start)) s, tests $((SECONDS - built)) s"
}

# Timing needs an optimised executable without sanitizers: the normal build (.ci/dev's
# RelWithDebInfo), which .ci/run has just made; made here when it is missing.
run_scaling() {
    local start=$SECONDS binary="${RE_SCALING_BINARY:-}"
    if [ -z "$binary" ]; then
        if [ ! -f "$normal_build/CMakeCache.txt" ]; then
            log "Scaling: configure ($normal_build)"
            cmake -S "$here" -B "$normal_build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
        fi
        log "Scaling: build resolution-explorer ($normal_build)"
        cmake --build "$normal_build" -j "$jobs" --target resolution-explorer
        binary="$normal_build/bin/resolution-explorer"
    fi
    [ -x "$binary" ] || die "no executable at $binary"
    log "Scaling: time each input shape at n and 8n ($binary)"
    python3 "$here/tests/reliability/scaling.py" "$binary" \
        || die "an input shape makes the program do more than linear work (or a run failed)"
    log "Scaling: every shape linear in $((SECONDS - start)) s"
}

fuzz_one() {
    local target="$1" out="$fuzz_build/fuzz"
    local bin
    bin="$(find "$fuzz_build" -type f -name "$target" -perm -u+x | head -1)"
    mkdir -p "$out/corpus/$target" "$out/artifacts" "$out/logs" "$out/status"
    local status=0
    if [ -z "$bin" ]; then
        echo "$target: not built" >"$out/logs/$target.log"
        status=1
    else
        # The corpus folder keeps what earlier runs found; the seeds come from the fixtures.
        "$bin" -max_total_time="$fuzz_seconds" -timeout=20 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$out/artifacts/$target-" \
            "$out/corpus/$target" "$out/seeds/$target" >"$out/logs/$target.log" 2>&1 || status=$?
    fi
    echo "$status" >"$out/status/$target"
}

run_fuzz() {
    local start=$SECONDS
    log "Fuzzers: configure ($fuzz_build)"
    cmake --preset fuzz -B "$fuzz_build" "${extra_cmake_args[@]}" >/dev/null
    local list="$fuzz_build/fuzz/targets.txt"
    [ -s "$list" ] || die "no fuzz targets: is tests/fuzz listed in tests/CMakeLists.txt?"
    mapfile -t targets < "$list"
    log "Fuzzers: build ${targets[*]}"
    cmake --build "$fuzz_build" -j "$jobs" --target "${targets[@]}"
    local built=$SECONDS
    rm -rf "$fuzz_build/fuzz/artifacts"
    log "Fuzzers: ${fuzz_seconds} s each, $jobs at a time"
    local failed=0 target
    rm -rf "$fuzz_build/fuzz/status"
    for target in "${targets[@]}"; do
        while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
        fuzz_one "$target" &
    done
    wait
    for target in "${targets[@]}"; do
        if [ "$(cat "$fuzz_build/fuzz/status/$target" 2>/dev/null)" != 0 ]; then
            failed=1
            echo "FAILED: $target (log: $fuzz_build/fuzz/logs/$target.log)"
            tail -40 "$fuzz_build/fuzz/logs/$target.log"
        fi
    done
    local summary="$fuzz_build/fuzz/summary.txt"
    : > "$summary"
    for target in "${targets[@]}"; do
        local logfile="$fuzz_build/fuzz/logs/$target.log"
        local execs cov corpus
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logfile" | tail -1)
        cov=$(grep -oE 'cov: [0-9]+' "$logfile" | tail -1 | cut -d' ' -f2)
        corpus=$(find "$fuzz_build/fuzz/corpus/$target" -type f | wc -l)
        printf '%-20s %10s executions in %s s, coverage %s, corpus %s\n' "$target" \
            "${execs:-?}" "$fuzz_seconds" "${cov:-?}" "$corpus" | tee -a "$summary"
        check_reports "$logfile"
    done
    if [ -d "$fuzz_build/fuzz/artifacts" ] && [ -n "$(ls -A "$fuzz_build/fuzz/artifacts")" ]; then
        ls -l "$fuzz_build/fuzz/artifacts"
        # The build folder may be a scratch one that CI removes: print each input (base64) so
        # the finding can be replayed and kept as a regression.
        local artifact
        for artifact in "$fuzz_build/fuzz/artifacts"/*; do
            echo "Input $(basename "$artifact"), base64:"
            head -c 65536 "$artifact" | base64 -w 76
        done
        failed=1
    fi
    [ "$failed" -eq 0 ] || die "a fuzzer found a problem (inputs in $fuzz_build/fuzz/artifacts)"
    log "Fuzzers: no crash; build $((built - start)) s, runs $((SECONDS - built)) s"
}

install_missing
case "$mode" in
    all) run_scaling; run_asan; run_fuzz ;;
    scaling) run_scaling ;;
    asan) run_asan ;;
    fuzz) run_fuzz ;;
    *) die "usage: .ci/reliability.sh [all|scaling|asan|fuzz]" ;;
esac
log "Reliability checks passed in $SECONDS s"
