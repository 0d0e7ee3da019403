# The REPL takes its prompts from sys.ps1 / sys.ps2 once a program sets them; help() prints the
# REPL's help text; sys.atexit's function runs when the REPL ends with Ctrl-D.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"import sys; sys.ps1 = 'py> '; sys.ps2 = '.. '\r")
s.expect(b"\r\npy> ")
print("ps1 used")
s.send(b"if 1:\r")
s.expect(b".. ")
print("ps2 used")
s.send(b"x = 5\r\r")
s.expect(b"py> ")
s.send(b"help()\r")
out = s.expect(b"py> ")
print(b"Welcome to MicroPython!" in out, b"help('modules')" in out)
s.send(b"sys.atexit(lambda: print('atexit', x))\r")
s.expect(b"py> ")
s.send(b"\x04")
print(s.read_all().strip().split(b"\r\n")[-1])
print("exit status", s.wait())
