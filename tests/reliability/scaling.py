#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scaling check (docs/RELIABILITY.md, run by .ci/reliability.sh scaling): no input shape may
make the command line do quadratic work. For each shape (tests/data/reliability/
make-synthetic-scaling-inputs.py) the program is timed on an input of size n and one of size
8n; the check fails when the time grows more than 20 times (linear work grows about 8 times,
quadratic 64). Ratios, not absolute times, so that it holds on a slow or a busy machine.

Each time is the median of 3 runs (of up to 15 when they are short, and noisier) minus the
median time of the same command on a tiny input of the same shape, so that start-up does not
hide the growth. These fail the check too: a run longer than --timeout seconds; a run of 8n
that has clearly passed the ratio (it is stopped there); a crash or an exit status other than
0 (read) or 2 (refused); n and 8n ending differently (one refused for its size, say), since
their times do not compare; the executable changing while it is timed. First, each shape's
small regression input (tests/data/reliability/scaling/) must be read, or refused for the deep
HTML ones, within 10 s.

The inputs of sizes n and 8n are written into a temporary folder, never committed; every file
name says "synthetic".

Usage: scaling.py BINARY [--shape NAME]... [--scale F] [--timeout S] [--keep DIR] | --list
Exit status: 0 every shape scales, 1 one does not or a run failed, 64 usage error."""
import argparse
import importlib.util
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

LIMIT = 20.0  # the largest ratio accepted between the 8n and the n time
FACTOR = 8
RUNS = 3  # runs of each size at least, for a median ...
SPEND = 1.0  # ... and more while they add up to less than this many seconds (short runs are
MAX_RUNS = 15  # noisier), up to this many
REPEAT_UNDER = 10.0  # runs longer than this are not repeated: noise no longer matters
STOP_MARGIN = 3.0  # an 8n run is stopped once it passes STOP_MARGIN * LIMIT times the n time
MIN_STOP = 10.0  # ... but never before this many seconds
MIN_WORK = 0.05  # below this (seconds of work at 8n) growth is not measurable: nothing to fail

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data", "reliability"))
GENERATOR = os.path.join(DATA, "make-synthetic-scaling-inputs.py")
REGRESSIONS = os.path.join(DATA, "scaling")  # the small inputs kept in git
REGRESSION_SECONDS = 10.0  # the most a regression input may take


def load_generator():
    sys.dont_write_bytecode = True  # no __pycache__ in the source tree
    spec = importlib.util.spec_from_file_location("scaling_inputs", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Shape:
    """A shape of tests/data/reliability/make-synthetic-scaling-inputs.py, its n, and the
    command line run on it: command(paths of its files by role, a scratch folder)."""

    def __init__(self, name, n, command, what, refused=False):
        self.name, self.n, self.command, self.what = name, n, command, what
        self.status = 2 if refused else 0  # of its regression input


def entities(paths, scratch):
    # Reads the whole file, counts every entity's mentions and actions, writes the actions.
    return ["--list-entities", "--export-actions",
            os.path.join(scratch, "synthetic-actions.csv"), paths["input"]]


def entities_or_refusal(paths, scratch):
    # The deep pages are refused (exit status 2) once the nesting guard has read them.
    return ["--list-entities", paths["input"]]


def attach_roll_call(paths, scratch):
    # The members file is read whole before its count of members and its totals are checked.
    return ["--dump-model", paths["document"], "--roll-call", paths["members"]]


# n is chosen so that a linear program spends 0.1 to 0.3 s of work on it on the 2-core
# development machine, and 8n stays below the input limits, which would refuse the file before
# doing the work: 64 MB for documents and summaries; for a roll-call file 32 MB and a million
# CSV fields (MaxCsvFields), which holds the members file to 100,000 rows, so big-csv's n is
# smaller and does less work. Its regression input (720 members) is attached, not refused.
SHAPES = [
    Shape("long-sentence", 60000, entities,
          "a summary whose one paragraph is one sentence of n clauses full of role cues"),
    Shape("long-paragraph", 24000, entities,
          "a summary whose one paragraph is n short sentences naming partners"),
    Shape("many-entities", 8000, entities,
          "a saved document with n entities, 2n mentions and n actions"),
    Shape("many-mentions", 6000, entities,
          "a summary of n paragraphs naming the same few entities over and over"),
    Shape("deep-html", 600000, entities_or_refusal,
          "an HTML page of n times <div></x> (an unmatched close tag after each open one)",
          refused=True),
    Shape("deep-html-plain", 600000, entities_or_refusal, "an HTML page of n nested <div>",
          refused=True),
    Shape("big-csv", 12000, attach_roll_call,
          "a HowTheyVote.eu members file of n rows, more members than any parliament has: "
          "read whole, then refused"),
]


class Run:
    """One run: its CPU time (user and system, all threads; its wall time when it was stopped),
    and its exit status (None when it did not finish or start). CPU time, not wall time: other
    work on the machine (a build beside the check) stretches wall time, hardly CPU time."""

    def __init__(self, seconds, status=None, stopped_at=None, problem=""):
        self.seconds, self.status, self.stopped_at = seconds, status, stopped_at
        self.problem = problem  # why the run fails the check, "" when it does not
        self.said = ""  # its standard error, file name and numbers taken out


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(binary, arguments, limit, env):
    start = time.perf_counter()
    cpu_before = children_cpu()
    try:
        process = subprocess.Popen([binary] + arguments, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    except OSError as error:  # e.g. the executable is being linked again
        return Run(0.0, problem="cannot run %s: %s" % (binary, error.strerror))
    with process:
        try:
            _, stderr = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return Run(time.perf_counter() - start, stopped_at=limit)
    run = Run(children_cpu() - cpu_before, process.returncode)
    # What the program said, without the file name and numbers: two sizes that are refused
    # for different reasons (one for its size, say) did not do the same work.
    said = stderr.decode("utf-8", "replace").replace(arguments[-1], "FILE")
    run.said = re.sub(r"[0-9]+", "#", said).strip()
    if run.status < 0:
        run.problem = "killed by signal %d" % -run.status
    elif run.status not in (0, 2):
        lines = stderr.decode("utf-8", "replace").strip().splitlines()
        run.problem = "exit status %d%s" % (run.status, (": " + lines[-1]) if lines else "")
    return run


def check_shape(gen, shape, binary, scale, timeout, folder, env):
    """Times the shape at the tiny size, n and 8n; prints its line; returns whether it passed."""
    n = max(1, int(shape.n * scale))
    sizes = {"tiny": 1, "n": n, "8n": FACTOR * n}
    work = os.path.join(folder, shape.name)
    os.makedirs(work, exist_ok=True)
    commands = {label: shape.command(gen.write_inputs(shape.name, size, work), work)
                for label, size in sizes.items()}
    runs = {label: [] for label in sizes}

    def median(label):
        return statistics.median(r.seconds for r in runs[label])

    def finished(label):
        return bool(runs[label]) and runs[label][-1].stopped_at is None

    def enough(label):
        done = runs[label]
        return bool(done) and (not finished(label) or done[-1].seconds > REPEAT_UNDER
                               or len(done) >= MAX_RUNS
                               or (len(done) >= RUNS and sum(r.seconds for r in done) >= SPEND))

    # The sizes take turns, so that a change of load on the machine touches all of them.
    problems = []
    for _ in range(MAX_RUNS):
        for label in sizes:
            if enough(label):
                continue
            done = runs[label]
            limit = timeout
            if label == "8n":
                if not finished("n"):
                    continue
                # Stopped once it has clearly passed the ratio: no need to wait for the timeout.
                startup, at_n = median("tiny"), median("n")
                limit = min(timeout, max(MIN_STOP,
                                         startup + STOP_MARGIN * LIMIT * (at_n - startup)))
            run = run_once(binary, commands[label], limit, env)
            done.append(run)
            if run.problem:
                problems.append("%s=%d: %s" % (label, sizes[label], run.problem))
        if problems or all(enough(label) for label in sizes):
            break

    if problems:  # a crash, a usage error, an executable that cannot run: no ratio to give
        print("%-16s FAILED: a run failed" % shape.name, flush=True)
        for problem in problems:
            print("    %s" % problem, flush=True)
        failing = next(label for label in sizes if runs[label] and runs[label][-1].problem)
        print("    the %s command: %s %s" % (failing, binary, " ".join(commands[failing])),
              flush=True)
        return False

    startup = median("tiny")
    work_time = {label: max(median(label) - startup, 0.0) for label in ("n", "8n") if runs[label]}
    parts = []
    for label in ("n", "8n"):
        size = "%s=%d" % (label, sizes[label])
        if not runs[label]:
            parts.append("%s: not run" % size)
        elif not finished(label):
            stop = runs[label][-1].stopped_at
            parts.append("%s: %s after %.1f s" % (
                size, "timed out" if stop >= timeout else "stopped", runs[label][-1].seconds))
        else:
            parts.append("%s: %.3f s" % (size, work_time[label]))
    line = "%-16s %s" % (shape.name, ", ".join(parts))
    verdict = "ok"
    if not finished("n"):
        line += ", ratio unknown"
        verdict = "FAILED (the n run took over the %g s timeout)" % timeout
    elif not finished("8n"):
        at_least = (runs["8n"][-1].seconds - startup) / max(work_time["n"], 1e-3)
        line += ", ratio over %.0f" % at_least
        verdict = "FAILED"
    elif (runs["n"][-1].status, runs["n"][-1].said) != (runs["8n"][-1].status,
                                                         runs["8n"][-1].said):
        # One refused for its size, say: the two did not do the same work.
        verdict = "FAILED (n and 8n end differently, so their times do not compare)"
        for label in ("n", "8n"):
            problems.append("%s exits %s and says: %s" % (
                label, runs[label][-1].status, runs[label][-1].said[:300] or "nothing"))
    elif work_time["8n"] < MIN_WORK:
        line += ", ratio not measurable (under %.2f s of work at 8n)" % MIN_WORK
    else:
        ratio = work_time["8n"] / max(work_time["n"], 1e-3)
        line += ", ratio %.1f" % ratio
        if ratio > LIMIT:
            verdict = "FAILED (over %g)" % LIMIT
    ok = verdict == "ok"
    statuses = "".join("; %s exits %s" % (label, runs[label][-1].status)
                       for label in ("n", "8n") if finished(label))
    print("%s: %s  [start-up %.3f s%s]" % (line, verdict, startup, statuses), flush=True)
    for problem in problems:
        print("    %s" % problem, flush=True)
    if not ok:
        label = "8n" if finished("n") else "n"
        print("    the %s command: %s %s" % (label, binary, " ".join(commands[label])), flush=True)
    return ok


def check_regressions(gen, shapes, binary, folder, env):
    """Runs each shape's small regression input once: it must be read (exit status 0) or
    refused (2) as the shape says, within REGRESSION_SECONDS. Returns the failed shapes."""
    found = gen.regression_inputs(REGRESSIONS)
    failed = []
    for shape in shapes:
        if shape.name not in found:
            print("%-16s regression input missing in %s: FAILED" % (shape.name, REGRESSIONS))
            failed.append(shape.name)
            continue
        command = shape.command(found[shape.name], folder)
        run = run_once(binary, command, REGRESSION_SECONDS, env)
        if run.stopped_at is not None:
            verdict = "FAILED (over %g s)" % REGRESSION_SECONDS
        elif run.problem:
            verdict = "FAILED (%s)" % run.problem
        elif run.status != shape.status:
            verdict = "FAILED (exit status %d, not %d)" % (run.status, shape.status)
        else:
            verdict = "ok"
        print("%-16s regression input: %s in %.3f s: %s" % (
            shape.name, "exit status %s" % run.status if run.status is not None else "no exit",
            run.seconds, verdict), flush=True)
        if verdict != "ok":
            print("    the command: %s %s" % (binary, " ".join(command)), flush=True)
            failed.append(shape.name)
    return failed


def modified(path):
    try:
        return os.stat(path).st_mtime_ns
    except OSError:  # being linked again
        return None


def main():
    gen = load_generator()
    names = [s.name for s in SHAPES]
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", nargs="?", help="the resolution-explorer executable")
    parser.add_argument("--shape", action="append", choices=names,
                        help="check only this shape (repeatable); default: all of them")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every n by this (e.g. 0.1 for a quick look)")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds one run may take (default 120)")
    parser.add_argument("--list", action="store_true", help="list the shapes and exit")
    parser.add_argument("--keep", metavar="DIR",
                        help="write the inputs into DIR (a folder per shape) and keep them")
    try:
        args = parser.parse_args()
    except SystemExit as stop:
        return 64 if stop.code else 0
    if args.list:
        for shape in SHAPES:
            print("%-16s n=%-7d %s" % (shape.name, shape.n, shape.what))
        return 0
    if not args.binary:
        parser.print_usage(sys.stderr)
        print("scaling: give the resolution-explorer executable", file=sys.stderr)
        return 64
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print("scaling: %s is not an executable" % args.binary, file=sys.stderr)
        return 64
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = [s for s in SHAPES if not args.shape or s.name in args.shape]
    print("Scaling check: CPU time at n and %dn, start-up subtracted, median of %d to %d runs; "
          "a ratio over %g fails (linear is about %d, quadratic %d)"
          % (FACTOR, RUNS, MAX_RUNS, LIMIT, FACTOR, FACTOR * FACTOR), flush=True)
    folder = args.keep or tempfile.mkdtemp(prefix="synthetic-scaling-")
    os.makedirs(folder, exist_ok=True)
    start = time.perf_counter()
    failed = []
    try:
        failed += check_regressions(gen, wanted, binary, folder, env)
        for shape in wanted:
            built = modified(binary)
            passed = check_shape(gen, shape, binary, args.scale, args.timeout, folder, env)
            if not passed:
                # Once more before failing: a burst of load can still bend one measurement,
                # while quadratic work fails every time.
                print("    measuring %s once more" % shape.name, flush=True)
                passed = check_shape(gen, shape, binary, args.scale, args.timeout, folder, env)
            if not passed:
                failed.append(shape.name)
            if modified(binary) != built:
                print("    the executable changed while %s was timed: its figures are not "
                      "sound, run again" % shape.name, flush=True)
                failed.append(shape.name)
            if not args.keep:
                shutil.rmtree(os.path.join(folder, shape.name), ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - start
    if failed:
        print("Scaling check FAILED for %s (%.0f s)"
              % (", ".join(dict.fromkeys(failed)), elapsed))
        return 1
    print("Scaling check passed: %d shape%s in %.0f s"
          % (len(wanted), "s" * (len(wanted) != 1), elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
