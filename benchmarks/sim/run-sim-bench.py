#!/usr/bin/env python3
"""Benchmarks of the simulated board: virtual seconds simulated per wall second.

Runs each firmware here on micropython-sim for a fixed virtual time (with the bus log on, as
CI runs use it), N times, and prints the median wall time and the ratio virtual/wall.

Usage: run-sim-bench.py [--sim PATH] [-n N]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# (name, firmware, board, virtual seconds, extra options)
CASES = [
    ("weather_10min", "weather_station.py", "weather.json", 600, ["--bus-log"]),
    ("weather_10min_vcd", "weather_station.py", "weather.json", 60, ["--vcd"]),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sim", default=os.path.join(ROOT, "micropython-sim"))
    ap.add_argument("-n", type=int, default=3)
    args = ap.parse_args()
    print("%-22s %10s %10s %12s" % ("sim benchmark", "virtual s", "wall s", "virtual/wall"))
    with tempfile.TemporaryDirectory() as tmp:
        for name, fw, board, vsecs, extra in CASES:
            times = []
            for _ in range(args.n):
                opts = []
                for o in extra:
                    opts += [o, os.path.join(tmp, name + o.replace("-", "."))]
                t0 = time.perf_counter()
                r = subprocess.run([args.sim, "--board", os.path.join(HERE, board), "--fs", os.path.join(ROOT, "tests", "sim"),
                                    "--until", "%ds" % vsecs] + opts + [os.path.join(HERE, fw)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                times.append(time.perf_counter() - t0)
                if r.returncode != 0:
                    print("PROBLEM %s: exit %d %s" % (name, r.returncode, r.stderr.decode()[-200:]))
            med = statistics.median(times)
            print("%-22s %10d %10.3f %12.0f" % (name, vsecs, med, vsecs / med))


if __name__ == "__main__":
    main()
