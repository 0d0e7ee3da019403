# A soft reset (Ctrl-D on an empty raw REPL prompt, as pyboard.py, mpremote and run-tests.py
# send before each program) leaves no trace of the previous program: globals, loaded modules,
# attributes set on built-in modules, sys.path / sys.ps1 changes, the optimisation level and
# __debug__, a sys.atexit function, names added to builtins and a replaced builtins.__import__
# or print are all back to how the REPL started.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"\x01")
s.expect(b"raw REPL; CTRL-B to exit\r\n>")


def run(code):
    s.send(code + b"\x04")
    got = s.expect(b"\x04>")
    out, err = got[2:].split(b"\x04")[:2]
    return out.decode().strip() + (" | " + err.decode().strip().split("\r\n")[-1] if err else "")


print(run(b"import sys, json, micropython, builtins\nx = 1\nsys.path.append('zz')\njson.foo = 1\n"
          b"sys.ps1 = '$ '\nmicropython.opt_level(2)\nsys.atexit(lambda: print('atexit'))\n"
          b"print(sys.path[-1], json.foo, micropython.opt_level())"))
s.send(b"\x04")
print(s.expect(b"raw REPL; CTRL-B to exit\r\n>").decode().strip())
print(run(b"import sys, json, micropython\n"
          b"print('x' in globals(), 'zz' in sys.path, hasattr(json, 'foo'), sys.ps1)\n"
          b"print(micropython.opt_level(), __debug__, sorted(sys.modules))"))
print(run(b"assert False, 'asserts are on again'"))
print(run(b"import builtins\nbuiltins.added = 1\nbuiltins.len = lambda x: -1\n"
          b"builtins.__import__ = lambda *a: print('hooked')\nprint(added, len('ab'))"))
s.send(b"\x04")
s.expect(b"raw REPL; CTRL-B to exit\r\n>")
print(run(b"import json\nprint(len('ab'), 'added' in dir(__import__('builtins')), json.__name__)"))
s.send(b"\x02")
s.expect(b">>> ")
s.send(b"\x04")
print("exit status", s.wait(), s.rest)
