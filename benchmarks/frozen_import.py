#!/usr/bin/env python3
# benchmarks/frozen_import.py: import time of one module (the board's SSD1306 driver,
# ports/sim/modules/ssd1306.py, 140 lines) from a filesystem .py, a filesystem .mpy, a frozen
# str (compiled at import) and a frozen .mpy. Links a unix binary with a frozen table from the
# objects of an existing unix build (tests/host/mod_frozen_link.py), then each way imports the
# module N times (removed from sys.modules in between) and reports the CPU time per import.
#
#   python3 benchmarks/frozen_import.py [--target ports/unix/build/micropython] [-n 300]
# Not part of `make bench` (that compares with CPython, which has no frozen table).
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(TOP, "tests", "host"))
import mod_frozen_link as fl  # noqa: E402

DRIVER = os.path.join(TOP, "ports", "sim", "modules", "ssd1306.py")

# One way, N imports; the driver measures the process's CPU time (user + sys, from
# getrusage), which other processes on a shared machine disturb far less than wall time.
SCRIPT = """import sys
sys.path[:] = %r
for i in range(%d):
    sys.modules.pop(%r, None)
    __import__(%r)
"""
WAYS = [("ssd_fs", ["fs"]), ("ssd_fsmpy", ["fs"]), ("ssd_str", [".frozen"]), ("ssd_frozen", [".frozen"])]


def cpu_time(prog, cwd, name, path, n):
    with open(os.path.join(cwd, "bench.py"), "w") as f:
        f.write(SCRIPT % (path, n, name, name))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([prog, "bench.py"], cwd=cwd, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", default=os.path.join(TOP, "ports", "unix", "build", "micropython"))
    ap.add_argument("-n", type=int, default=2000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mods = os.path.join(tmp, "mods")
        strs = os.path.join(tmp, "strs")
        fs = os.path.join(tmp, "fs")
        for d in (mods, strs, fs):
            os.makedirs(d)
        shutil.copy(DRIVER, os.path.join(mods, "ssd_frozen.py"))
        shutil.copy(DRIVER, os.path.join(strs, "ssd_str.py"))
        shutil.copy(DRIVER, os.path.join(fs, "ssd_fs.py"))
        shutil.copy(DRIVER, os.path.join(fs, "ssd_fsmpy.py"))
        subprocess.run([fl.MPY_CROSS, os.path.join(fs, "ssd_fsmpy.py")], check=True)
        os.remove(os.path.join(fs, "ssd_fsmpy.py"))
        manifest = os.path.join(tmp, "manifest.py")
        with open(manifest, "w") as f:
            f.write('module("ssd_frozen.py", base_path="mods")\nfreeze_as_str("strs")\n')
        prog = fl.link(a.target, manifest, tmp)
        best = {}
        for rep in range(5):   # interleaved, best of 5
            for name, path in WAYS:
                dt = (cpu_time(prog, tmp, name, path, a.n) - cpu_time(prog, tmp, name, path, 0)) / a.n
                best[name] = min(best.get(name, dt), dt)
        for name, path in WAYS:
            print("%-12s %8.1f us/import" % (name, best[name] * 1e6))
        print("frozen .mpy: %.1fx faster than the filesystem .py, %.1fx than the filesystem .mpy" % (
            best["ssd_fs"] / best["ssd_frozen"], best["ssd_fsmpy"] / best["ssd_frozen"]))
        return 0


if __name__ == "__main__":
    sys.exit(main())
