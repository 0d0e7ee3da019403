# Host test: mpy-cross refuses a match statement with a SyntaxError naming it (our compiler runs
# it through helpers that MicroPython's .mpy format cannot express), while the same source runs
# as .py, and a match inside exec() in a .mpy file still works (compiled at run time).
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
MPY_CROSS = os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross")
TARGET = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "micropython"))

SRC = "def f(x):\n    match x:\n        case [a, *_]:\n            return a\n        case _:\n            return None\nprint(f([7, 8]))\n"
SRC_EXEC = "exec('match 3:\\n case int(n):\\n  print(\"int\", n)\\n')\n"

if not os.path.exists(MPY_CROSS):
    print("SKIP")
else:
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "m.py")
        with open(src, "w") as f:
            f.write(SRC)
        p = subprocess.run([MPY_CROSS, "-o", os.path.join(tmp, "m.mpy"), src], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out = p.stdout.decode()
        print("mpy-cross", p.returncode, "SyntaxError: match statement not supported in .mpy" in out)
        print("mpy-cross line", out.split("line ")[1].split()[0] if "line " in out else "?")
        print("no output file", not os.path.exists(os.path.join(tmp, "m.mpy")))
        r = subprocess.run([TARGET, src], stdout=subprocess.PIPE)
        print("py", r.stdout.decode().strip())
        src2 = os.path.join(tmp, "e.py")
        with open(src2, "w") as f:
            f.write(SRC_EXEC)
        p = subprocess.run([MPY_CROSS, "-o", os.path.join(tmp, "e.mpy"), src2], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        r = subprocess.run([TARGET, os.path.join(tmp, "e.mpy")], stdout=subprocess.PIPE)
        print("exec in mpy", p.returncode, r.stdout.decode().strip())
