# help('modules') lists the built-in modules (columns of 18 characters, ending with MicroPython's
# "Plus any modules on the filesystem"); MicroPython's extensible built-ins: a user json.py on
# the path wins over the built-in json, while `import ujson` always gives the built-in (a
# ujson.py is never loaded).
import os
import shutil
import tempfile
from mod_drive import run

rc, out, err = run(["-c", "help('modules')"])
lines = out.decode().split("\n")
names = " ".join(lines[:-2]).split()
print(rc, lines[-2], lines[-1] == "")
print(all(n in names for n in ["json", "sys", "os", "time", "micropython", "builtins"]))
print(names == sorted(names), all(len(l) <= 4 * 18 for l in lines))

work = tempfile.mkdtemp(prefix="mphost")
try:
    with open(os.path.join(work, "ujson.py"), "w") as f:
        f.write("print('user ujson')\n")
    rc, out, err = run(["-c", "import ujson, json\nprint(ujson is json)"], cwd=work)
    print(rc, out.decode().split())
    with open(os.path.join(work, "json.py"), "w") as f:
        f.write("print('user json')\nfrom ujson import *\n")
    rc, out, err = run(["-c", "import ujson, json\nprint(ujson is json, json.dumps([1]))"], cwd=work)
    print(rc, out.decode().split())
finally:
    shutil.rmtree(work, ignore_errors=True)
