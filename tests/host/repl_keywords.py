# The REPL as MicroPython's: keywords complete (impo<TAB> -> import), a second TAB lists the
# candidates, no BEL is sent, and a one-line compound statement shows "... " and runs after the
# blank line.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
s.send(b"impo\t")
s.expect(b"import")
s.send(b" sys\r")
got = s.expect(b">>> ")
print("impo<TAB> -> import", b"\x07" in got)
s.send(b"ma\t\t")
got = s.expect(b">>> ma")
print(got.split(b"\r\n")[1].split(), b"\x07" in got)
s.send(b"\x03")
s.expect(b">>> ")
s.send(b"zzq\t\t")
got = s.expect(b"zzq")
s.send(b"\x03")
got += s.expect(b">>> ")
print("no candidates, BEL:", b"\x07" in got)
s.send(b"for i in range(3): print(i)\r")
s.expect(b"... ")
print("one-line for waits for more")
s.send(b"\r")
print(s.expect(b">>> ").split(b"\r\n")[1:-1])
s.send(b"\x04")
print("exit status", s.wait())
