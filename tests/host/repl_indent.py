# Auto-indent: the line after one ending in ':' starts indented; an empty line ends the block.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"for i in range(3):\r")
s.expect(b"\r\n...     ")
print("indented after ':'")
s.send(b"if i != 1:\r")
s.expect(b"\r\n...         ")
print("indented twice")
s.send(b"print(i)\r")
s.expect(b"\r\n...         ")
print("indentation kept")
s.send(b"\r")  # a line of only the indentation ends the statement
out = s.expect(b">>> ")
print(out.split(b"\r\n")[1:])
s.send(b"def f():\r")
s.expect(b"...     ")
s.send(b"return 5\r")
s.expect(b"...     ")
s.send(b"\x7f\x7f\x7f\x7f\r")  # backspace removes the indentation, then an empty line
s.expect(b">>> ")
s.send(b"f()\r")
s.expect(b"\r\n5\r\n>>> ")
print("f() -> 5")
s.send(b"\x04")
print("exit status", s.wait())
