# micropython.mem_info(): the summary lines, and with an argument the heap map ('h' head,
# '=' tail, '.' free, 64 blocks a line after an 8-digit offset); the lines match the patterns of
# MicroPython's own meminfo test (the heap address in bare hex digits; qstr_info counts only the
# pools made at run time: one, holding few qstrs, for a small program).
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
print(any(re.fullmatch(r"GC memory layout; from [0-9a-f]+:", l) for l in lines))
rows = [l for l in lines if re.match(r"^[0-9a-f]{8}: ", l)]
print(len(rows) > 0, all(re.fullmatch(r"[0-9a-f]{8}: [h=.]{1,64}", r) for r in rows))
print("h" in "".join(rows), rows[0][10] == "h")
out = subprocess.run([target, "-c", "import micropython\nmade_here = 1\nmicropython.qstr_info()\nmicropython.qstr_info(1)"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30).stdout.decode()
lines = out.splitlines()
pat = r"qstr pool: n_pool=1, n_qstr=\d, n_str_data_bytes=\d+, n_total_bytes=\d+"
print(bool(re.fullmatch(pat, lines[0])), lines[0] == lines[1])
