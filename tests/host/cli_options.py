# Command-line errors: an unknown option is named on one line of stderr (exit 2); a malformed
# -X heapsize value is called invalid, a tiny one too small; -X heapsize=10k is accepted; -v alone
# prints MicroPython's memory statistics (micropython.mem_info()) at exit.
from mod_drive import run

for args in (["--bogus", "-c", "1"], ["-X", "nosuch", "-c", "1"], ["-X", "heapsize=bad", "-c", "1"],
             ["-X", "heapsize=12q", "-c", "1"], ["-X", "heapsize=1k", "-c", "1"]):
    code, out, err = run(args)
    print(code, out, err.decode().splitlines())

code, out, err = run(["-X", "heapsize=10k", "-c", "print('ran')"])
print(code, out, err)

code, out, err = run(["-v", "-c", "print('ran')"])
lines = out.decode().splitlines()
print(code, lines[0], [l.split(":")[0] for l in lines[1:4]], err)
# the first statistics line, as MicroPython's: mem: total=N, current=N, peak=N (peak >= current)
import re
m = re.fullmatch(r"mem: total=(\d+), current=(\d+), peak=(\d+)", lines[1])
print(m is not None and int(m.group(3)) >= int(m.group(2)) > 0)
