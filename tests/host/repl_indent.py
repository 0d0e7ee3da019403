# Auto-indent: the line after one ending in ':' starts indented; only an empty line ends the
# block. As MicroPython documents, a line of only auto-indent is a line of the block, and
# auto-indent is not applied after two such lines: RETURN, RETURN, RETURN ends a block.
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
s.send(b"\r")  # a line of only the indentation: the block goes on, indented as before
s.expect(b"\r\n...         ")
print("indentation kept after a line of spaces")
s.send(b"\r")  # a second one: the next line has no auto-indent
got = s.expect(b"\r\n... ")
s.send(b"\r")  # an empty line ends the statement
out = s.expect(b">>> ")
print("no auto-indent on the third line:", out.split(b"\r\n")[0] == b"")
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
# the documented example: BACKSPACE in the indentation removes one level (4 spaces)
s.send(b"for i in range(30):\r")
s.expect(b"...     ")
s.send(b"if i > 3:\r")
s.expect(b"...         ")
s.send(b"break\r")
s.expect(b"...         ")
s.send(b"\x7f")
s.send(b"print(i)\r")
s.expect(b"...     ")
s.send(b"\x7f")
s.send(b"\r")
print(s.expect(b">>> ").split(b"\r\n")[1:])
# Ctrl-U and Ctrl-W still erase the line and the word before the cursor
s.send(b"abc\x15print(1)\r")
print(s.expect(b">>> ").split(b"\r\n")[1:])
s.send(b"print(2) foo\x17\r")
print(s.expect(b">>> ").split(b"\r\n")[1:])
s.send(b"\x04")
print("exit status", s.wait())
