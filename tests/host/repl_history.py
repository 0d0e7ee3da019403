# History: up-arrow recalls a line within a session; ~/.micropython.history keeps it for the next.
import os
import tempfile
from mod_drive import Session

home = tempfile.mkdtemp(prefix="mphost")
s = Session(home=home)
s.expect(b">>> ")
s.send(b"print('hist' + 'ory1')\r")
s.expect(b"history1\r\n>>> ")
s.send(b"print('second')\r")
s.expect(b"second\r\n>>> ")
s.send(b"\x1b[A\x1b[A\r")  # up twice: the first line again
s.expect(b"history1\r\n>>> ")
print("recalled within the session")
s.send(b"\x04")
print("exit status", s.wait())
with open(os.path.join(home, ".micropython.history")) as f:
    print(f.read().splitlines())

s = Session(home=home)
s.expect(b">>> ")
s.send(b"\x1b[A\x1b[A\x1b[A\r")  # three up: the oldest line of the previous session
s.expect(b"history1\r\n>>> ")
print("recalled from the history file")
s.send(b"\x04")
print("exit status", s.wait())
os.chmod(home, 0o500)  # history file not writable: no error, still exit status 0
s = Session(home=home)
s.expect(b">>> ")
s.send(b"1\r\x04")
print("unwritable history: exit status", s.wait())
os.chmod(home, 0o700)
import shutil
shutil.rmtree(home)
