#!/usr/bin/env python3
"""Test runner for the MicroPython-compatible interpreter.

Each test is a Python program in tests/<area>/<name>.py.  Its expected
output is tests/<area>/<name>.py.exp if that file exists, otherwise the
output of a reference CPython run on the same file.  The target output
must match exactly (stdout and stderr are merged for both).

Files whose name starts with "mod_" are helper modules, not tests, and
sub-directories of an area are never scanned for tests (they hold helper
packages).  tests/unit (C unit tests) and tests/results are not areas.

Directives (looked for in the first 10 lines of a test):
    # cmdline: ARGS     extra arguments for the target, placed before the
                        script name (not given to the reference python)

A target output of exactly "SKIP\\n" marks the test as skipped.

tests/host is different: each test there is a CPython script that drives the
target itself (through a pseudo-terminal or pipes: the REPL, the raw REPL, the
command line).  It is run by the reference python with the target's path in
$MICROPY_MICROPYTHON, and its output is compared with its .exp file.

Reference outputs are cached in tests/.refcache (see cache_key); use
--no-cache to bypass the cache.

Usage: run-tests.py [-j N] [-v] [--target PATH] [--python PATH]
                    [-d DIR] [PATH ...]
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import shlex
import signal
import subprocess
import sys
import threading

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(TESTS_DIR)
TIMEOUT = 30
DIFF_MAX_LINES = 40
DIRECTIVE_LINES = 10
HELPER_PREFIX = "mod_"
# sub-directories of tests/ that are not test areas
# frozen_manifest: data of tests/host/frozen_manifest.py; fuzz: harnesses and generators (docs/fuzzing.md)
NOT_AREAS = {"unit", "results", "__pycache__", "frozen_manifest", "fuzz"}


def is_test_file(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith(HELPER_PREFIX)


def area_dirs():
    out = []
    for name in sorted(os.listdir(TESTS_DIR)):
        full = os.path.join(TESTS_DIR, name)
        if not os.path.isdir(full) or name.startswith((".", "_")) or name in NOT_AREAS:
            continue
        if os.path.exists(os.path.join(full, "Makefile")):
            continue  # e.g. C unit tests, not Python test files
        out.append(full)
    return out


def tests_in_dir(d):
    d = os.path.abspath(d)
    if d == TESTS_DIR:
        res = []
        for a in area_dirs():
            res.extend(tests_in_dir(a))
        return res
    res = []
    for name in sorted(os.listdir(d)):
        full = os.path.join(d, name)
        if os.path.isfile(full) and is_test_file(full):
            res.append(full)
    return res


def display_name(path):
    rel = os.path.relpath(path, ROOT_DIR)
    if rel.startswith(".."):
        return path
    return rel


def read_directives(path):
    args = []
    try:
        with open(path, "rb") as f:
            for i, raw in enumerate(f):
                if i >= DIRECTIVE_LINES:
                    break
                line = raw.decode("utf-8", "replace").strip()
                if line.startswith("# cmdline:"):
                    args.extend(shlex.split(line[len("# cmdline:"):]))
    except OSError:
        pass
    return args


def run_prog(argv, cwd, env=None):
    """Run argv; return (output_bytes, status) where status is None for a
    normal exit, or a string like 'TIMEOUT' / 'CRASH (SIGSEGV)'."""
    try:
        p = subprocess.Popen(
            argv,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )
    except OSError as e:
        return ("cannot run %s: %s\n" % (argv[0], e)).encode(), "CANNOT RUN"
    try:
        out, _ = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            p.kill()
        out, _ = p.communicate()
        return out, "TIMEOUT"
    if p.returncode < 0:
        try:
            signame = signal.Signals(-p.returncode).name
        except ValueError:
            signame = "signal %d" % -p.returncode
        return out, "CRASH (%s)" % signame
    return out, None


def ref_env():
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    return env


def target_env():
    env = dict(os.environ)
    return env


# Reference outputs are cached in tests/.refcache (git-ignored).  The key
# covers the reference interpreter (path, size, mtime) and the contents of
# every file in the test's directory tree (so helper modules count), so a
# stale entry can never be used.
CACHE_DIR = os.path.join(TESTS_DIR, ".refcache")
_dir_sig_lock = threading.Lock()
_dir_sigs = {}
use_cache = True


def dir_signature(d):
    with _dir_sig_lock:
        if d in _dir_sigs:
            return _dir_sigs[d]
        h = hashlib.sha256()
        for root, dirs, files in os.walk(d):
            dirs[:] = sorted(x for x in dirs if x != "__pycache__")
            for name in sorted(files):
                if name.endswith((".exp", ".pyc")):
                    continue
                full = os.path.join(root, name)
                h.update(os.path.relpath(full, d).encode() + b"\0")
                try:
                    with open(full, "rb") as f:
                        h.update(hashlib.sha256(f.read()).digest())
                except OSError:
                    pass
        _dir_sigs[d] = h.hexdigest()
        return _dir_sigs[d]


def cache_key(path, python):
    h = hashlib.sha256()
    exe = os.path.realpath(python)
    try:
        st = os.stat(exe)
        h.update(("%s %d %d" % (exe, st.st_size, st.st_mtime_ns)).encode())
    except OSError:
        h.update(exe.encode())
    h.update(os.path.basename(path).encode() + b"\0")
    h.update(dir_signature(os.path.dirname(path)).encode())
    return h.hexdigest()


def expected_output(path, python):
    exp = path + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            return f.read(), None
    key = cache_key(path, python) if use_cache else None
    if key:
        try:
            with open(os.path.join(CACHE_DIR, key), "rb") as f:
                return f.read(), None
        except OSError:
            pass
    cwd = os.path.dirname(path)
    out, status = run_prog([python, os.path.basename(path)], cwd, ref_env())
    if key and status is None:
        try:
            os.makedirs(CACHE_DIR, exist_ok=True)
            tmp = os.path.join(CACHE_DIR, "%s.%d.%d.tmp" % (key, os.getpid(), threading.get_ident()))
            with open(tmp, "wb") as f:
                f.write(out)
            os.replace(tmp, os.path.join(CACHE_DIR, key))
        except OSError:
            pass
    return out, status


def make_diff(expected, got):
    exp_lines = expected.decode("utf-8", "replace").splitlines(keepends=True)
    got_lines = got.decode("utf-8", "replace").splitlines(keepends=True)
    diff = list(difflib.unified_diff(exp_lines, got_lines, "expected", "got", n=2))
    lines = []
    for d in diff:
        if not d.endswith("\n"):
            d += "\n\\ No newline at end of file\n"
        lines.append(d)
    text = "".join(lines).splitlines(keepends=True)
    if len(text) > DIFF_MAX_LINES:
        more = len(text) - DIFF_MAX_LINES
        text = text[:DIFF_MAX_LINES] + ["... (%d more diff lines)\n" % more]
    return "".join(text)


HOST_DIR = os.path.join(TESTS_DIR, "host")
SIM_DIR = os.path.join(TESTS_DIR, "sim")


def run_host_test(path, target, python):
    """A tests/host script: run by the reference python, it drives the target."""
    env = ref_env()
    env["MICROPY_MICROPYTHON"] = target
    env["MICROPY_SIM"] = sim_target_for(target)
    got, status = run_prog([python, os.path.basename(path)], os.path.dirname(path), env)
    if status is None and got == b"SKIP\n":
        return path, "skip", ""
    try:
        with open(path + ".exp", "rb") as f:
            expected = f.read()
    except OSError:
        return path, "fail", "missing %s.exp (host tests need one)\n" % display_name(path)
    if status is not None:
        return path, "fail", status + "\n" + make_diff(expected, got)
    if got != expected:
        return path, "fail", make_diff(expected, got)
    return path, "pass", ""


def sim_target_for(target):
    """The simulated board's binary that goes with a unix target (same build variant)."""
    env = os.environ.get("MICROPY_SIM")
    if env:
        return os.path.abspath(env)
    d, name = os.path.split(target)
    variant = os.path.basename(d)
    port_dir = os.path.dirname(os.path.dirname(d))
    if os.path.basename(os.path.dirname(d)) == "unix":
        return os.path.join(port_dir, "sim", variant, "micropython-sim")
    return os.path.join(ROOT_DIR, "micropython-sim")


# --valgrind: the unix binary is replaced by a wrapper script that runs it under memcheck; its
# reports go to stderr, which the runner merges into the output, so an error or a definite leak
# makes the test's output differ. The simulated board's binary is not wrapped.
VALGRIND_TIMEOUT = 600
VALGRIND_SKIP = {
    # too slow under memcheck (minutes each: heavy loops, big heaps, deep recursion)
    "tests/stress/",
    # time-sensitive: these measure wall-clock durations that memcheck's ~50x slowdown breaks
    "tests/host/repl_",
    # signal delivery into a blocking open() of a FIFO: under memcheck the 10 s waits of
    # mod_drive.py are too short (the process exit with the leak check alone takes seconds)
    "tests/host/sigint_fifo_read.py",
    # compiles and runs ~700 programs twice (.py and .mpy): hours under memcheck
    "tests/host/mpy_roundtrip.py",
    # links a new binary from the target's build directory, which the wrapper script lacks
    "tests/host/frozen_manifest.py",
    # machine.mem* write through /proc/self/mem: memcheck cannot see the kernel's stores, so
    # every later read of those bytes is "uninitialised"
    "tests/extmod/machine_mem.py",
}


def valgrind_wrapper(target):
    d = os.path.join(TESTS_DIR, "results", "valgrind")
    os.makedirs(d, exist_ok=True)
    os.environ.setdefault("MICROPY_SIM", sim_target_for(target))
    wrapper = os.path.join(d, "micropython")
    with open(wrapper, "w") as f:
        f.write("#!/bin/sh\n# generated by tests/run-tests.py --valgrind\n"
                "exec valgrind -q --error-exitcode=97 --leak-check=full --show-leak-kinds=definite "
                "--errors-for-leak-kinds=definite --track-origins=no --suppressions=%s %s \"$@\"\n"
                % (shlex.quote(os.path.join(TESTS_DIR, "valgrind.supp")), shlex.quote(target)))
    os.chmod(wrapper, 0o755)
    return wrapper


def run_one(path, target, python):
    """Return (path, result, detail) with result in pass/fail/skip."""
    cwd = os.path.dirname(path)
    if target.endswith(os.path.join("results", "valgrind", "micropython")):
        if any(display_name(path).startswith(p) for p in VALGRIND_SKIP):
            return path, "skip", ""
    if cwd == HOST_DIR:
        return run_host_test(path, target, python)
    if cwd == SIM_DIR and os.path.basename(path).startswith("host_"):
        # tests/sim/host_*.py: CPython scripts that drive the simulated board from outside
        return run_host_test(path, target, python)
    if cwd == SIM_DIR:
        # tests/sim: run on the simulated board; expected output always from a .exp file
        target = sim_target_for(target)
        if not os.path.exists(path + ".exp"):
            return path, "fail", "missing %s.exp (tests/sim need one)\n" % display_name(path)
    extra = read_directives(path)
    got, status = run_prog([target] + extra + [os.path.basename(path)], cwd, target_env())
    if status is None and got == b"SKIP\n":
        return path, "skip", ""
    expected, ref_status = expected_output(path, python)
    if ref_status is not None:
        return path, "fail", "reference python: %s\n" % ref_status
    if status is not None:
        detail = status + "\n"
        if got != expected:
            detail += make_diff(expected, got)
        return path, "fail", detail
    if got != expected:
        return path, "fail", make_diff(expected, got)
    return path, "pass", ""


def main():
    global use_cache, TIMEOUT
    ap = argparse.ArgumentParser(description="Run the interpreter test suite.")
    ap.add_argument("paths", nargs="*", help="test directories or files")
    ap.add_argument("-d", "--test-dir", action="append", default=[], help="select a test directory")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each passing test")
    ap.add_argument("--target", help="micropython binary (default: ../micropython or $MICROPY_MICROPYTHON)")
    ap.add_argument("--python", default=sys.executable, help="reference CPython")
    ap.add_argument("--keep-going", action="store_true", default=True, help="(default) run all tests")
    ap.add_argument("--no-cache", action="store_true", help="do not use/update tests/.refcache")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per test before it counts as hung (default %d; %d with --valgrind)" % (TIMEOUT, VALGRIND_TIMEOUT))
    ap.add_argument("--valgrind", action="store_true",
                    help="run the target under Valgrind memcheck (any error or definite leak fails the test; "
                    "VALGRIND_SKIP lists the tests too slow for it)")
    args = ap.parse_args()
    use_cache = not args.no_cache

    target = args.target or os.environ.get("MICROPY_MICROPYTHON") or os.path.join(ROOT_DIR, "micropython")
    target = os.path.abspath(target)
    if args.valgrind:
        TIMEOUT = VALGRIND_TIMEOUT
        target = valgrind_wrapper(target)
    if args.timeout is not None:
        TIMEOUT = args.timeout
    python = args.python

    selected = []
    for p in list(args.test_dir) + list(args.paths):
        if os.path.isdir(p):
            selected.extend(tests_in_dir(p))
        elif os.path.isfile(p):
            selected.append(os.path.abspath(p))
        else:
            # allow area names relative to tests/, e.g. "basics"
            alt = os.path.join(TESTS_DIR, p)
            if os.path.isdir(alt):
                selected.extend(tests_in_dir(alt))
            elif os.path.isfile(alt):
                selected.append(os.path.abspath(alt))
            else:
                print("no such test or directory: %s" % p)
                print("0 passed, 1 failed, 0 skipped")
                return 1
    if not args.test_dir and not args.paths:
        selected = tests_in_dir(TESTS_DIR)
    # de-duplicate, keep order
    seen = set()
    tests = []
    for t in selected:
        if t not in seen:
            seen.add(t)
            tests.append(t)

    if not os.access(target, os.X_OK):
        print("target interpreter not found or not executable: %s" % target)

    passed, failed, skipped = [], [], []
    jobs = max(1, args.jobs)
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        futs = [ex.submit(run_one, t, target, python) for t in tests]
        for fut in concurrent.futures.as_completed(futs):
            path, res, detail = fut.result()
            name = display_name(path)
            if res == "pass":
                passed.append(name)
                if args.verbose:
                    print("pass %s" % name)
            elif res == "skip":
                skipped.append(name)
                if args.verbose:
                    print("skip %s" % name)
            else:
                failed.append(name)
                print("FAIL %s" % name)
                sys.stdout.write(detail)
            sys.stdout.flush()

    if failed:
        print("failed tests: %s" % " ".join(sorted(failed)))
    print("%d passed, %d failed, %d skipped" % (len(passed), len(failed), len(skipped)))
    if failed or not tests or not (passed or skipped):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
