# The REPL as a person types and pastes: a backslash continuation line runs as soon as the
# statement is complete (as does a bracket spanning lines); a block pasted without paste mode
# keeps its own indentation (auto-indent stays out of the way when more input is waiting); a
# space typed first on an auto-indented line replaces the auto-indent.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"x = 1 + \\\r")
s.expect(b"... ")
s.send(b"2\r")
print(s.expect(b">>> ").split(b"\r\n")[1:])
s.send(b"y = (x,\r")
s.expect(b"... ")
s.send(b"x + 1)\r")
s.expect(b">>> ")
s.send(b"y\r")
print(s.expect(b">>> ").split(b"\r\n")[1:])
s.send(b"if x > 5:\r    print('a')\relse:\r    print('b')\r\r")
print(s.expect(b"b\r\n>>> ").split(b"\r\n")[-2:])
s.send(b"def g():\r    for i in range(2):\r        print(i)\r    return 7\r\r")
s.expect(b">>> ")
s.send(b"g()\r")
print(s.expect(b"7\r\n>>> ").split(b"\r\n")[1:])
s.send(b"for i in range(2):\r")
s.expect(b"...     ")
s.send(b"    print(i * 10)\r")   # the user's own four spaces: not eight
s.expect(b"...     ")
s.send(b"\x7f\x7f\x7f\x7f\r")  # backspaces over the auto-indent, then an empty line ends the block
print(s.expect(b">>> ").split(b"\r\n")[1:])
s.send(b"\x04")
print("exit status", s.wait())
