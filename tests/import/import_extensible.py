# MicroPython's extensible built-in modules: a file on sys.path named like os, time, json
# (the documented list) wins over the built-in; sys, micropython, gc, math never come from a
# file; `import u<name>` always gives the built-in; an empty sys.path (also when rebound with
# `sys.path = ()`) forces the built-in.
import sys

sys.path.insert(0, "extmods")
import micropython, gc, math, usys, ujson

print(micropython, gc, math, usys is sys, ujson)
print([hasattr(m, "__file__") for m in (micropython, gc, math, usys, ujson)])

import os

print(os, os.extra, os.getcwd is __import__("uos").getcwd)
import time

print(time, time.extra, time.sleep_ms is __import__("utime").sleep_ms)
import utime

print(utime is time, hasattr(utime, "extra"), "utime" in sys.modules)

# rebinding sys.path is seen by import
saved = sys.path
sys.path = ()
del sys.modules["os"]
import os

print(os, hasattr(os, "extra"))
sys.path = ["extmods"]
del sys.modules["os"]
import os

print(os.extra)
sys.path = saved

# with an empty path a loaded file module does not hide the built-in
saved = sys.path[:]
sys.path.clear()
import time as t2

print(t2, t2 is __import__("utime"))
sys.path.extend(saved)
import time as t3

print(t3.extra)
