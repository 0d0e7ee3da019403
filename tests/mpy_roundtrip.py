#!/usr/bin/env python3
# tests/mpy_roundtrip.py: compiles test programs with our mpy-cross, loads the .mpy files with
# our micropython and checks that the output equals running the .py source.
#
#   python3 tests/mpy_roundtrip.py [-v] [DIR_OR_FILE ...]     (default: tests/basics)
#
# Prints one line per mismatch and a summary; exit status 1 on any mismatch. Files that
# mpy-cross refuses (constructs its back end does not support) are counted, not failures.
import concurrent.futures
import os
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MPY_CROSS = os.environ.get("MPY_CROSS", os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross"))
TARGET = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "ports", "unix", "build", "micropython"))


def run(argv, cwd):
    # helper modules (mod_*.py) are found beside the test even when the .mpy runs from elsewhere
    env = dict(os.environ, MICROPYPATH=cwd)
    try:
        p = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=30, env=env)
        return p.stdout, p.returncode
    except subprocess.TimeoutExpired:
        return b"TIMEOUT", -1


def check(path, tmp):
    name = os.path.basename(path)[:-3]
    out = os.path.join(tmp, name + ".mpy")
    msg, rc = run([MPY_CROSS, "-o", out, "-s", name + ".py", path], os.path.dirname(path))
    if rc != 0:
        return path, "unsupported", msg.decode(errors="replace").strip().splitlines()[-1:]
    want, _ = run([TARGET, os.path.basename(path)], os.path.dirname(path))
    if want.startswith(b"SKIP"):
        return path, "skip", None
    got, _ = run([TARGET, out], os.path.dirname(path))
    # tracebacks name the file the same way; the .mpy file itself is run from another place
    if got == want:
        return path, "pass", None
    return path, "fail", None


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    paths = []
    for a in args or [os.path.join(TOP, "tests", "basics")]:
        a = os.path.abspath(a)
        if os.path.isdir(a):
            paths += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".py") and not f.startswith("mod_"))
        else:
            paths.append(a)
    counts = {"pass": 0, "fail": 0, "unsupported": 0, "skip": 0}
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        with concurrent.futures.ThreadPoolExecutor(4) as ex:
            for path, res, info in ex.map(lambda p: check(p, tmp), paths):
                counts[res] += 1
                if res == "fail":
                    fails.append(path)
                    print("MISMATCH", os.path.relpath(path, TOP))
                elif res == "unsupported" and verbose:
                    print("unsupported", os.path.relpath(path, TOP), info)
    print("%d equal, %d mismatches, %d not compiled by mpy-cross, %d skipped" %
          (counts["pass"], counts["fail"], counts["unsupported"], counts["skip"]))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
