# After paste mode runs its text (Ctrl-D), input typed meanwhile is dropped, as MicroPython's
# switch of the terminal back to raw mode drops it: a newline sent with the Ctrl-D gives no
# extra ">>> " (MicroPython's run-tests sends "\x04\n" in its paste-mode REPL test).
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"\x05")
s.expect(b"=== ")
s.send(b"print('pasted')\r")
s.expect(b"=== ")
s.send(b"\x04\r")
print(s.expect(b"pasted\r\n>>> ").split(b"\r\n")[-2:])
s.send(b"print('next')\r")
got = s.expect(b"next\r\n>>> ")
print(got.split(b"\r\n"))
s.send(b"\x04")
print("exit status", s.wait())
