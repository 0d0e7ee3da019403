# Host test: tools/mpy-cross compiles a quarter of tests/basics, tests/misc, tests/float,
# tests/unicode and tests/modules; each .mpy loaded by the target must print exactly what the
# .py prints.
# Known differences (docs/mpy.md: .mpy code keeps no __qualname__ beyond the plain name and no
# local names for eval, docs/divergences.md; a loaded coroutine's type is 'generator') are listed
# below; any other mismatch is printed. Files mpy-cross refuses are not counted.
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
MPY_CROSS = os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross")
KNOWN = {"tests/basics/conf_qualname.py", "tests/basics/conf_eval_locals.py",
         # MicroPython's format has no coroutine flag: a loaded async def makes a 'generator'
         "tests/basics/async_await_expr.py", "tests/basics/async_def_deco_misc.py",
         "tests/basics/vm_async_basic.py", "tests/misc/prog_async_scheduler.py"}

if not os.path.exists(MPY_CROSS):
    print("SKIP")
    sys.exit(0)
# every 4th program keeps this test well inside the runner's time limit on a loaded machine;
# `python3 tests/mpy_roundtrip.py tests/basics tests/misc ...` runs them all
files = []
for d in ("basics", "misc", "float", "unicode", "modules"):
    dd = os.path.join(TOP, "tests", d)
    files += sorted(os.path.join(dd, f) for f in os.listdir(dd) if f.endswith(".py") and not f.startswith("mod_"))
# plus the programs about the exception handled inside finally blocks (the translator keeps it
# current there)
# The GC-stress build (a collection on nearly every allocation) runs every 32nd program: the
# whole quarter takes far longer than any per-test limit there.
target = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "micropython"))
stride = 32 if "gcstress" in os.path.realpath(target) else 4
files = files[::stride]
for f in ("exc_finally_context.py", "exc_finally_overrides.py", "exc_in_except_finally.py"):
    f = os.path.join(TOP, "tests", "basics", f)
    if f not in files:
        files.append(f)
p = subprocess.run([sys.executable, os.path.join(TOP, "tests", "mpy_roundtrip.py")] + files,
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
lines = p.stdout.decode().splitlines()
bad = [l for l in lines if l.startswith("MISMATCH") and l.split()[1] not in KNOWN]
equal = int(lines[-1].split()[0]) if lines and lines[-1].split()[0].isdigit() else 0
for l in bad:
    print(l)
print("enough files compared:", equal >= 150 * 4 // stride)
print("unexpected mismatches:", len(bad))

# the command line: running a .mpy, -m finding one, -v -v disassembling it
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "mpyprog.py"), "w") as f:
        f.write("import sys\nprint('hi from', __name__, sys.argv[1:])\n")
    subprocess.run([MPY_CROSS, "-o", os.path.join(tmp, "mpyprog.mpy"), os.path.join(tmp, "mpyprog.py")])
    os.remove(os.path.join(tmp, "mpyprog.py"))
    run = lambda *a: subprocess.run([target] + list(a), cwd=tmp, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT).stdout.decode()
    print(run("mpyprog.mpy", "x").strip())
    print(run("-m", "mpyprog", "y").strip())
    print(run("-c", "import mpyprog").strip())
    dis = run("-v", "-v", "mpyprog.mpy")
    print("disassembly:", "code <module>" in dis and "LOAD_GLOBAL" in dis or "LOAD_NAME" in dis)
