#!/usr/bin/env python3
"""Benchmark the target interpreter against CPython.

Runs every benchmarks/bench_*.py program N times under the target
micropython and under CPython (alternating), measuring wall time and
peak RSS of each child (os.wait4 rusage, ru_maxrss in KiB), then prints
a table of medians and ratios (target / CPython), the geometric means of
the ratios, the worst time ratio, and the start-up cost (`-c pass`).  Outputs of the two
interpreters must be identical; mismatches are flagged.

Peak RSS caveat: on Linux a child exec'd directly by this (large) Python
process inherits the runner's own RSS as a floor in ru_maxrss (the kernel
folds the pre-exec memory map into the high-water mark, and subprocess
uses vfork).  So when GNU time is available (/usr/bin/time) each program
is started through `time -f %M`, which forks from a tiny process and
reports the program's own ru_maxrss (read from os.wait4 by time itself).
Otherwise the rusage from os.wait4 is used directly and a warning is
printed: values below the runner's RSS (~14 MiB) are then not measurable.

Usage: run-bench.py [-n N] [--target PATH] [--python PATH] [NAME ...]
"""

import argparse
import tempfile
import math
import os
import statistics
import subprocess
import sys
import threading
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(BENCH_DIR)
RUN_TIMEOUT = 600


GNU_TIME = None  # path of GNU time, set in main() when used


def find_gnu_time():
    for path in ("/usr/bin/time", "/bin/time"):
        if os.access(path, os.X_OK):
            try:
                out = subprocess.run([path, "--version"], stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, timeout=10).stdout
            except (OSError, subprocess.SubprocessError):
                continue
            if b"GNU" in out:
                return path
    return None


def run_once(argv, cwd):
    """Run argv; return (wall_seconds, peak_rss_kib, exit_status, output)."""
    rss_file = None
    if GNU_TIME:
        fd, rss_file = tempfile.mkstemp(prefix="bench-rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file, "--"] + list(argv)
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    timer = threading.Timer(RUN_TIMEOUT, p.kill)
    timer.start()
    try:
        out = p.stdout.read()
        p.stdout.close()
        _, status, ru = os.wait4(p.pid, 0)
    finally:
        timer.cancel()
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    p.returncode = code  # the child is already reaped
    rss = ru.ru_maxrss
    if rss_file:
        try:
            with open(rss_file) as f:
                lines = f.read().split()
            # GNU time writes "Command exited with non-zero status N" first
            # when the program fails; the %M value is the last word.
            rss = int(lines[-1])
        except (OSError, ValueError, IndexError):
            pass
        os.unlink(rss_file)
    return wall, rss, code, out


class Result:
    def __init__(self):
        self.times = []
        self.rss = []
        self.outputs = []
        self.codes = []

    def add(self, r):
        wall, rss, code, out = r
        self.times.append(wall)
        self.rss.append(rss)
        self.codes.append(code)
        self.outputs.append(out)

    def ok(self):
        return all(c == 0 for c in self.codes)

    def median_time(self):
        return statistics.median(self.times)

    def peak_rss_mib(self):
        return max(self.rss) / 1024.0


def geomean(vals):
    vals = [v for v in vals if v > 0]
    if not vals:
        return float("nan")
    return math.exp(sum(math.log(v) for v in vals) / len(vals))


def short(out):
    s = out.decode("utf-8", "replace").strip().splitlines()
    s = s[-1] if s else ""
    return s if len(s) <= 60 else s[:57] + "..."


def main():
    ap = argparse.ArgumentParser(description="Benchmark micropython against CPython.")
    ap.add_argument("names", nargs="*", help="benchmark names (e.g. bench_fib or fib); default all")
    ap.add_argument("-n", "--runs", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--target", help="micropython binary (default ../micropython or $MICROPY_MICROPYTHON)")
    ap.add_argument("--python", default=os.path.realpath(sys.executable), help="reference CPython")
    ap.add_argument("--startup-runs", type=int, default=20)
    ap.add_argument("--rss-method", choices=("auto", "time", "wait4"), default="auto",
                    help="how to measure peak RSS (default: GNU time if present, else wait4)")
    args = ap.parse_args()

    global GNU_TIME
    if args.rss_method != "wait4":
        GNU_TIME = find_gnu_time()
        if GNU_TIME is None and args.rss_method == "time":
            print("GNU time not found (apt-get install time)")
            return 1

    target = args.target or os.environ.get("MICROPY_MICROPYTHON") or os.path.join(ROOT_DIR, "micropython")
    target = os.path.abspath(target)
    python = args.python
    if not os.access(target, os.X_OK):
        print("target interpreter not found or not executable: %s" % target)
        return 1

    benches = sorted(f for f in os.listdir(BENCH_DIR) if f.startswith("bench_") and f.endswith(".py"))
    if args.names:
        want = set()
        for n in args.names:
            n = os.path.basename(n)
            if n.endswith(".py"):
                n = n[:-3]
            if not n.startswith("bench_"):
                n = "bench_" + n
            want.add(n + ".py")
        missing = want - set(benches)
        if missing:
            print("unknown benchmark(s): %s" % " ".join(sorted(missing)))
            return 1
        benches = [b for b in benches if b in want]

    print("target: %s" % target)
    print("python: %s" % python)
    print("runs:   %d per interpreter" % args.runs)
    if GNU_TIME:
        print("RSS:    ru_maxrss of each program, via %s -f %%M" % GNU_TIME)
    else:
        print("RSS:    ru_maxrss from os.wait4 -- WARNING: includes the runner's own RSS as a floor")
        print("        (install GNU time, apt-get install time, for exact figures)")
    print()
    hdr = "%-18s %9s %9s %7s %9s %9s %7s  %s" % (
        "benchmark", "mp s", "py s", "t-ratio", "mp MiB", "py MiB", "m-ratio", "status")
    print(hdr)
    print("-" * len(hdr))

    t_ratios, m_ratios = [], []
    worst = None   # (time ratio, name) of the slowest benchmark relative to CPython
    problems = []
    for b in benches:
        mp, py = Result(), Result()
        for _ in range(args.runs):
            mp.add(run_once([target, b], BENCH_DIR))
            py.add(run_once([python, b], BENCH_DIR))
        name = b[:-3]
        status = "ok"
        if not py.ok():
            status = "PYTHON FAILED (exit %s)" % py.codes
        elif not mp.ok():
            status = "FAILED (exit %s): %s" % (sorted(set(mp.codes)), short(mp.outputs[-1]))
        elif len(set(mp.outputs)) != 1:
            status = "UNSTABLE OUTPUT"
        elif mp.outputs[0] != py.outputs[0]:
            status = "MISMATCH: got %r want %r" % (short(mp.outputs[0]), short(py.outputs[0]))
        if status != "ok":
            problems.append((name, status))
        tr = mp.median_time() / py.median_time()
        mr = mp.peak_rss_mib() / py.peak_rss_mib()
        if status == "ok":
            t_ratios.append(tr)
            m_ratios.append(mr)
            if worst is None or tr > worst[0]:
                worst = (tr, name)
        print("%-18s %9.3f %9.3f %7.2f %9.1f %9.1f %7.2f  %s" % (
            name, mp.median_time(), py.median_time(), tr,
            mp.peak_rss_mib(), py.peak_rss_mib(), mr, status))
        sys.stdout.flush()

    print("-" * len(hdr))
    print("geometric mean time ratio (mp/py): %.3f over %d benchmarks" % (geomean(t_ratios), len(t_ratios)))
    print("geometric mean RSS ratio  (mp/py): %.3f over %d benchmarks" % (geomean(m_ratios), len(m_ratios)))
    if worst is not None:
        print("worst time ratio (mp/py): %.3f (%s)" % worst)

    mp_s, py_s = Result(), Result()
    for _ in range(args.startup_runs):
        mp_s.add(run_once([target, "-c", "pass"], BENCH_DIR))
        py_s.add(run_once([python, "-c", "pass"], BENCH_DIR))
    print("startup (-c pass, median of %d): mp %.4f s, py %.4f s, ratio %.3f; peak RSS mp %.1f MiB, py %.1f MiB" % (
        args.startup_runs, mp_s.median_time(), py_s.median_time(),
        mp_s.median_time() / py_s.median_time(), mp_s.peak_rss_mib(), py_s.peak_rss_mib()))
    if not mp_s.ok():
        problems.append(("startup", "micropython -c pass exited with %s" % sorted(set(mp_s.codes))))

    if problems:
        print()
        for name, st in problems:
            print("PROBLEM %s: %s" % (name, st))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
