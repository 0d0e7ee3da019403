# micropython.mem_info(): the summary lines, and with an argument the heap map ('h' head,
# '=' tail, '.' free, 64 blocks a line after an 8-digit offset).
import os
import re
import subprocess

target = os.environ["MICROPY_MICROPYTHON"]
code = "import micropython, gc\nx = [[i] * 10 for i in range(50)]\ngc.collect()\nmicropython.mem_info()\nmicropython.mem_info(1)\n"
out = subprocess.run([target, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30).stdout.decode()
lines = out.splitlines()
print(sum(1 for l in lines if l.startswith("stack: ")))
gc_lines = [l for l in lines if l.startswith("GC: total: ")]
print(len(gc_lines))
total, used, free = map(int, re.findall(r"\d+", gc_lines[0]))
print(total == used + free, used > 0)
print(any(l.startswith("GC memory layout; from ") for l in lines))
rows = [l for l in lines if re.match(r"^[0-9a-f]{8}: ", l)]
print(len(rows) > 0, all(re.fullmatch(r"[0-9a-f]{8}: [h=.]{1,64}", r) for r in rows))
print("h" in "".join(rows), rows[0][10] == "h")
