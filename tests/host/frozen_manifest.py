# Host test: tools/makemanifest.py on tests/frozen_manifest (every command; the generated table
# and listing; errors naming FILE:LINE), then a unix binary linked with that table: frozen
# .mpy/str modules, packages, __file__, and the precedence of '.frozen' in sys.path against a
# filesystem .py and .mpy.
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mod_frozen_link as fl  # noqa: E402

TOP = fl.TOP
DATA = os.path.join(TOP, "tests", "frozen_manifest")
TARGET = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "micropython"))
if not os.path.exists(fl.MPY_CROSS) or not os.path.exists(TARGET):
    print("SKIP")
    sys.exit(0)


def rel(text):
    return text.replace(TOP + "/", "")


with tempfile.TemporaryDirectory() as tmp:
    c_file = os.path.join(tmp, "frozen.c")
    listing = os.path.join(tmp, "frozen.txt")
    st, err = fl.makemanifest(["-o", c_file, "--listing", listing, "-v", "MPY_LIB_DIR=" + os.path.join(DATA, "lib"),
                               os.path.join(DATA, "manifest.py")])
    print("makemanifest", st, rel(err))
    for line in open(listing):
        words = line.split()
        print(" ".join(words[:3]) if words[0] != "metadata" else line.rstrip())
    c_text = open(c_file).read()
    print("count", [l for l in c_text.splitlines() if "mp_frozen_modules_count" in l])
    print("package entry", '{ "fpkg", 1, MP_FROZEN_KIND_MPY,' in c_text)
    print("str entry", '{ "frz_str", 0, MP_FROZEN_KIND_STR,' in c_text)
    # an empty table still compiles (one dummy entry, count 0)
    st, err = fl.makemanifest(["-o", c_file])
    print("empty", st, "mp_frozen_modules_count = 0;" in open(c_file).read())

    # errors: FILE:LINE: error: MESSAGE
    for name in ("missing_module", "syntax", "bad_var", "nested", "require", "compile", "twice", "name_error"):
        st, err = fl.makemanifest(["-o", c_file, "-v", "MPY_LIB_DIR=" + os.path.join(DATA, "lib"),
                                   os.path.join(DATA, "errors", name + ".py")])
        first = rel(err.splitlines()[0])
        if name == "syntax":   # CPython's wording varies between versions
            first = first.split(" error: ")[0] + " error: ..."
        print(name, st, first)

    # a binary with the table
    prog = fl.link(TARGET, os.path.join(DATA, "manifest.py"), tmp, ["-v", "MPY_LIB_DIR=" + os.path.join(DATA, "lib")])
    work = os.path.join(tmp, "work")
    os.makedirs(os.path.join(work, "fsdir"))
    os.makedirs(os.path.join(work, "mpydir"))
    with open(os.path.join(work, "fsdir", "frz_shadow.py"), "w") as f:
        f.write('where = "filesystem .py"\n')
    with open(os.path.join(work, "mpydir", "frz_shadow.py"), "w") as f:
        f.write('where = "filesystem .mpy"\n')
    subprocess.run([fl.MPY_CROSS, os.path.join(work, "mpydir", "frz_shadow.py")], check=True)
    os.remove(os.path.join(work, "mpydir", "frz_shadow.py"))
    script = os.path.join(work, "main.py")
    with open(script, "w") as f:
        f.write('''import sys
print(sys.path[1])
import frz_mpy
print(frz_mpy.f(2))
import frz_str, frz_pre, frz_extra, frzlib, frzsingle
print(frz_extra.value, frzlib.name, frzsingle.name, frzsingle.__file__)
from frz_mod import g
print(g(1, b=2))
import frz_async
print(frz_async.__file__, frz_async.run())
import fpkg.mod
print(fpkg.mod.mod_value, fpkg.mod.__file__)
import fpkg.sub.deep
from fpkg import sub
print(sub.__file__, sub.__path__)
try:
    import frz_none
except ImportError as e:
    print("ImportError", e)
def shadow(path):
    sys.modules.pop("frz_shadow", None)
    sys.path[:] = path
    import frz_shadow
    print(path, frz_shadow.where, frz_shadow.__file__)
shadow(["fsdir", ".frozen"])
shadow([".frozen", "fsdir"])
shadow(["mpydir", ".frozen"])
shadow([".frozen", "mpydir"])
shadow(["mpydir", "fsdir", ".frozen"])
sys.path[:] = ["fsdir"]
sys.modules.pop("frz_mpy")
try:
    import frz_mpy
except ImportError as e:
    print("without .frozen:", e)
sys.path[:] = [".frozen"]
sys.modules.pop("frz_mpy", None)
import frz_mpy
print(frz_mpy.__file__)
''')
    p = subprocess.run([prog, "main.py"], cwd=work, capture_output=True, text=True)
    print(p.stdout + p.stderr, end="")
    print("status", p.returncode)
    # -m runs a frozen module (compiled or as source) and a frozen module of a package as __main__
    for mod in ("frz_mpy", "frz_str", "fpkg.mod"):
        p = subprocess.run([prog, "-m", mod, "arg"], cwd=work, capture_output=True, text=True)
        print("-m", mod, p.returncode, (p.stdout + p.stderr).strip().splitlines()[:2])
    p = subprocess.run([prog, "-m", "frz_nothing"], cwd=work, capture_output=True, text=True)
    print("-m frz_nothing", p.returncode, (p.stdout + p.stderr).strip().splitlines()[-1:])
