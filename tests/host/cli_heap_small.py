# Small heaps from the command line: whatever the size, the process prints a message and exits
# with a code (2: the start-up state does not fit; 1: a MemoryError in the program; 0: it ran),
# never "FATAL" or a signal, on the unix port and on the simulated board.
import os
import subprocess
import tempfile
from mod_drive import run

results = []
sizes = ["1", "4k", "8k", "8500", "9k", "9500", "10k", "12k", "16k", "64k"]
for size in sizes:
    rc, out, err = run(["-X", "heapsize=" + size, "-c", "l = [str(i) for i in range(50)]; print('ran', len(l))"])
    kind = "ran" if rc == 0 else "memory" if rc == 1 and b"MemoryError" in err else \
        "too small" if rc == 2 and b"heap size too small" in err else "BAD rc=%d %r" % (rc, err[-200:])
    if b"FATAL" in err:
        kind = "FATAL"
    results.append(("unix", size, kind))

SIM = os.environ.get("MICROPY_SIM")
if SIM is None:
    here = os.path.dirname(os.path.abspath(__file__))
    SIM = os.path.join(here, "..", "..", "ports", "sim", "build", "micropython-sim")
with tempfile.TemporaryDirectory() as tmp:
    prog = os.path.join(tmp, "p.py")
    with open(prog, "w") as f:
        f.write("print('ran')\n")
    for size in ["8k", "9k", "10k", "12k", "16k", "64k"]:
        r = subprocess.run([SIM, "-X", "heapsize=" + size, prog], capture_output=True, timeout=30)
        kind = "ran" if r.returncode == 0 and b"ran" in r.stdout else \
            "memory" if r.returncode == 1 and b"MemoryError" in r.stderr + r.stdout else \
            "too small" if r.returncode == 2 and b"heap size too small" in r.stderr else \
            "BAD rc=%d %r" % (r.returncode, r.stderr[-200:])
        if b"FATAL" in r.stderr or r.returncode < 0:
            kind = "FATAL"
        results.append(("sim", size, kind))

# The exact sizes where start-up fits depend on the build; what must hold: every run ends in
# one of the three clean ways, in that order as the heap grows, the tiniest heap is refused and
# 64k runs the program.
ORDER = {"too small": 0, "memory": 1, "ran": 2}
for port in ("unix", "sim"):
    kinds = [k for p, s, k in results if p == port]
    bad = [(s, k) for p, s, k in results if p == port and k not in ORDER]
    print(port, "clean exits:", not bad, bad)
    print(port, "monotonic:", all(ORDER.get(a, -1) <= ORDER.get(b, -1) for a, b in zip(kinds, kinds[1:])))
    # (the board raises a heap under 8k to 8k, which may or may not fit start-up)
    print(port, "smallest:", kinds[0] if port == "unix" else "-", "largest:", kinds[-1])
