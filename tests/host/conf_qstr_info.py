# micropython.qstr_info() prints MicroPython's counts line; qstr_info(1) then lists the qstrs
# interned at run time as Q(name), one a line (checked for a name the program made).
import re
from mod_drive import run

code, out, err = run(["-c", "import micropython\nconf_made_at_run_time = 1\nmicropython.qstr_info()\nmicropython.qstr_info(1)"])
lines = out.decode().splitlines()
pat = r"qstr pool: n_pool=(\d+), n_qstr=(\d+), n_str_data_bytes=(\d+), n_total_bytes=(\d+)"
m = re.fullmatch(pat, lines[0])
print(code, err, m is not None, lines[1] == lines[0])
n_qstr = int(m.group(2))
listed = [l for l in lines[2:] if l.startswith("Q(")]
print(n_qstr > 0, len(listed) == n_qstr, "Q(conf_made_at_run_time)" in listed)
print(int(m.group(3)) >= sum(len(l) - 3 for l in listed))
