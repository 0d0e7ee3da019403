# Host test: the mpy-cross command line (options, errors, stdin) and the headers it writes.
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
MPY_CROSS = os.path.join(TOP, "tools", "mpy-cross", "build", "mpy-cross")
TARGET = os.environ.get("MICROPY_MICROPYTHON", os.path.join(TOP, "micropython"))
if not os.path.exists(MPY_CROSS):
    print("SKIP")
    sys.exit(0)


def run(args, stdin=None, cwd=None):
    p = subprocess.run([MPY_CROSS] + args, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd)
    return p.returncode, p.stdout.decode()


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "prog.py")
    with open(src, "w") as f:
        f.write("x = 1 << 40\nassert x > 1, 'big'\nprint('x', x)\n")
    rc, out = run(["--version"])
    print("version", rc, "mpy-cross emitting mpy v6.3" in out)
    rc, out = run([src])
    data = open(os.path.join(tmp, "prog.mpy"), "rb").read()
    print("default output", rc, data[:4])
    rc, out = run(["-o", os.path.join(tmp, "o.mpy"), "-s", "named.py", "-msmall-int-bits=63", src])
    data = open(os.path.join(tmp, "o.mpy"), "rb").read()
    print("options", rc, data[:4], b"named.py" in data)
    rc, out = run(["-", "-o", os.path.join(tmp, "s.mpy")], stdin=b"print('from stdin')\n")
    r = subprocess.run([TARGET, os.path.join(tmp, "s.mpy")], stdout=subprocess.PIPE)
    print("stdin", rc, r.stdout.decode().strip())
    rc, out = run(["-O1", "-o", os.path.join(tmp, "opt.mpy"), src])
    print("-O1", rc)
    rc, out = run(["-march=x64", src])
    print("native arch", rc, "not supported" in out)
    rc, out = run(["-march=bogus", src])
    print("bad arch", rc, "invalid arch" in out)
    rc, out = run(["-X", "emit=native", src])
    print("native emitter", rc, "only emit=bytecode" in out)
    rc, out = run(["-X", "emit=bytecode", "-o", os.path.join(tmp, "b.mpy"), src])
    print("bytecode emitter", rc)
    rc, out = run(["-msmall-int-bits=99", src])
    print("bad small-int bits", rc)
    with open(os.path.join(tmp, "bad.py"), "w") as f:
        f.write("def f(:\n")
    rc, out = run([os.path.join(tmp, "bad.py")])
    print("syntax error", rc, "SyntaxError" in out)
    rc, out = run([os.path.join(tmp, "missing.py")])
    print("missing file", rc)
    rc, out = run([])
    print("no input", rc)
    # a file for a 31-bit target holds 1 << 40 as a constant object; it still runs here
    r = subprocess.run([TARGET, os.path.join(tmp, "prog.mpy")], stdout=subprocess.PIPE)
    print(r.stdout.decode().strip())
