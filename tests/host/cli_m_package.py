# `micropython -m pkg.mod` runs the submodule as __main__ with __package__ set, so its
# relative imports resolve as under CPython; `-m pkg` runs pkg/__main__.py.
import os
import subprocess
import sys
import tempfile

TARGET = os.path.abspath(os.environ.get("MICROPY_MICROPYTHON"))
with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(os.path.join(tmp, "pk", "sub"))
    files = {
        "pk/__init__.py": "X = 5\n",
        "pk/sib.py": "Y = 6\n",
        "pk/m.py": "from . import X\nfrom .sib import Y\nimport sys\nprint(__name__, __package__, X, Y, sys.argv[1:])\n",
        "pk/__main__.py": "from .sib import Y\nprint('pkg main', __name__, Y)\n",
        "pk/sub/__init__.py": "",
        "pk/sub/deep.py": "from ..sib import Y\nfrom .. import X\nprint('deep', X + Y)\n",
    }
    for name, text in files.items():
        with open(os.path.join(tmp, name), "w") as f:
            f.write(text)
    for args in (["-m", "pk.m", "a"], ["-m", "pk"], ["-m", "pk.sub.deep"], ["-m", "pk.nope"]):
        p = subprocess.run([TARGET] + args, cwd=tmp, capture_output=True, text=True)
        print(args, p.returncode, (p.stdout + p.stderr).strip().splitlines()[-1])
