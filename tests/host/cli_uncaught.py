# Uncaught exceptions that are hard to print: the process always prints something on stderr
# and exits with status 1 (never "FATAL", never a signal); the REPL survives a locked heap.
from mod_drive import run

cases = [
    ("__str__ raises", "class E(Exception):\n def __str__(self): raise ValueError\nraise E(1)\n"),
    ("__str__ not a str", "class E(Exception):\n def __str__(self): return 42\nraise E(1)\n"),
    ("KeyError repr raises", "class C:\n def __repr__(self): raise ValueError\nraise KeyError(C())\n"),
    ("SystemExit code str raises", "class C:\n def __str__(self): raise ValueError\nraise SystemExit(C())\n"),
    ("SystemExit code str not a str", "class C:\n def __str__(self): return 5\nraise SystemExit(C())\n"),
    ("heap locked", "import micropython\nmicropython.heap_lock()\nraise ValueError('x')\n"),
    ("heap locked, list", "import micropython\nmicropython.heap_lock()\nx = [1] + [2]\n"),
    ("heap locked, user exception", "import micropython\nclass E(Exception):\n def __str__(self): return 'e'\n"
        "e = E()\nmicropython.heap_lock()\nraise e\n"),
    ("heap full", "x = []\nwhile True:\n x.append(bytearray(100000))\n"),
]
for label, src in cases:
    code, out, err = run(["-X", "heapsize=2M", "-c", src])
    print(label + ":", code, out, len(err) > 0, b"FATAL" in err, err.splitlines()[-1:])

code, out, err = run(["-i"], stdin=b"import micropython\nmicropython.heap_lock()\n[1, 2]\n"
                     b"micropython.heap_locked()\nraise ValueError('v')\nprint('alive')\n")
print("REPL, heap locked:", code, b"alive" in out, b"FATAL" in err, (out + err).count(b"Traceback"))  # the REPL prints tracebacks on stdout, as a board does
