# MICROPYINSPECT set by the script itself (os.putenv) opens the REPL when the script ends, as
# PYTHONINSPECT does; not after SystemExit, and the REPL runs once when it was set from the start.
from mod_drive import run

code, out, err = run(["-c", "import os\nos.putenv('MICROPYINSPECT', '1')\nx = 5\n"], stdin=b"print(x * 2)\n")
print("set by the script:", code, b">>> 10" in out, err)
code, out, err = run(["-c", "import os\nos.putenv('MICROPYINSPECT', '1')\nraise SystemExit(3)\n"], stdin=b"print('no')\n")
print("then SystemExit:", code, out, err)
code, out, err = run(["-c", "import os\nos.putenv('MICROPYINSPECT', '')\n"], stdin=b"print('no')\n")
print("set empty:", code, out, err)
code, out, err = run([], stdin=b"1 + 1\n", env={"MICROPYINSPECT": "1"})
print("from the start, no script:", code, out.count(b"MicroPython v"), b"2" in out)
