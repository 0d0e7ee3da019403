# The command line: exit codes, -m (a module or a package's __main__ runs as __main__), -i
# after a script, -i / MICROPYINSPECT forcing the REPL on pipes, -h, --version.
import os
import shutil
import tempfile
from mod_drive import Session, run

work = tempfile.mkdtemp(prefix="mphost")
try:
    def write(rel, text):
        path = os.path.join(work, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    write("exit3.py", "import sys\nsys.exit(3)\n")
    write("exitmsg.py", "raise SystemExit('bye now')\n")
    write("exit300.py", "import sys\nsys.exit(300)\n")
    write("boom.py", "print('before')\nraise ValueError('x')\n")
    write("kbd.py", "raise KeyboardInterrupt\n")
    write("setx.py", "x = 42\nprint('script ran')\n")
    write("pkg/__init__.py", "print('pkg init', __name__)\n")
    write("pkg/__main__.py", "import sys\nprint('pkg main', __name__, sys.argv[1:])\n")
    write("pkg/sub.py", "print('sub', __name__)\n")
    write("solo.py", "print('solo', __name__)\nif __name__ == '__main__':\n    print('as main')\n")

    def norm(b):
        # the banner names the compiler version: keep its shape only
        lines = [b"BANNER" if l.startswith(b"MicroPython v") and l.endswith(b"] version") else l for l in b.split(b"\n")]
        return b"\n".join(lines).replace(os.fsencode(work), b"WORK")

    def show(label, args, env=None, **kw):
        env = dict(env or {}, HOME=work)
        code, out, err = run(args, cwd=work, env=env, **kw)
        print(label, code, norm(out), norm(err))

    show("SystemExit(3):", ["exit3.py"])
    show("SystemExit('msg'):", ["exitmsg.py"])
    show("SystemExit(300):", ["exit300.py"])
    code, out, err = run(["boom.py"], cwd=work)
    print("uncaught exception:", code, out, b"ValueError" in err)
    code, out, err = run(["kbd.py"], cwd=work)
    print("uncaught KeyboardInterrupt:", code, b"KeyboardInterrupt" in err)
    code, out, err = run(["no_such_file.py"], cwd=work)
    print("missing script:", code, out, b"can't open file 'no_such_file.py'" in err)
    show("-c:", ["-c", "import sys; print(sys.argv); sys.exit(4)", "a"])
    show("-m package:", ["-m", "pkg", "arg1"])
    show("-m module:", ["-m", "solo"])
    show("-m submodule:", ["-m", "pkg.sub"])
    code, out, err = run(["-m", "no_such_mod"], cwd=work)
    print("-m missing:", code, b"ImportError" in err)
    show("stdin script:", [], stdin=b"print(6 * 7)\n")
    show("- script:", ["-", "a", "b"], stdin=b"import sys\nprint(sys.argv)\n")
    show("-i after a script (pipes):", ["-i", "setx.py"], stdin=b"x + 1\n")
    show("-i with SystemExit:", ["-i", "exit3.py"], stdin=b"print('no repl')\n")
    show("-i, no script (pipes):", ["-i"], stdin=b"1 + 1\nfor i in (1, 2):\n  i\n\nprint('end')\n")
    show("MICROPYINSPECT:", ["setx.py"], stdin=b"x * 2\n", env={"MICROPYINSPECT": "1"})
    show("REPL SystemExit:", ["-i"], stdin=b"import sys\nsys.exit(5)\nprint('unreached')\n")
    code, out, err = run(["-h"])
    print("-h:", code, b"-i" in out, b"MICROPYINSPECT" in out, b"MICROPYPATH" in out)
    code, out, err = run(["--version"])
    print("--version:", code, out.startswith(b"MicroPython v"), out.endswith(b"] version\n"))
    show("MICROPYPATH:", ["-c", "import sys; print(sys.path)"], env={"MICROPYPATH": "/a:~/b"})

    # -i after a script on a terminal
    s = Session(["-i", "setx.py"], cwd=work)
    s.expect(b"script ran\r\n")
    s.expect(b">>> ")
    s.send(b"x\r")
    s.expect(b"\r\n42\r\n>>> ")
    print("pty: -i after a script sees x = 42")
    s.send(b"\x04")
    print("pty: exit status", s.wait())
finally:
    shutil.rmtree(work, ignore_errors=True)
