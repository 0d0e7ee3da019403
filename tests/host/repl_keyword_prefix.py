# A line that only starts with the letters of a compound keyword (if1 = 1, for_x = 2,
# class2 = 3) is a simple statement: it runs at once, with no "... " continuation. TAB on a
# line's first word "impo" completes to "import " with the space (MicroPython's special case),
# elsewhere a completion adds no space.
from mod_drive import Session

s = Session()
s.expect(b">>> ")
for line in (b"if1 = 1", b"for_x = 2", b"class2 = 3", b"try9 = 4", b"async_ = 5", b"with1=6"):
    s.send(line + b"\r")
    got = s.expect(b">>> ")
    print(line.decode(), b"... " in got)
s.send(b"print(if1, for_x, class2, try9, async_, with1)\r")
print(s.expect(b">>> ").split(b"\r\n")[1].decode())
s.send(b"if if1: print('yes')\r")
s.expect(b"... ")
s.send(b"\r")
print(s.expect(b">>> ").split(b"\r\n")[1:-1])
s.send(b"impo\tsys\r")
got = s.expect(b">>> ")
print(got.split(b"\r\n")[0].decode(), b"Error" in got)
s.send(b"x = 'a'\r")
s.expect(b">>> ")
s.send(b"x.uppe\t()\r")
print(s.expect(b">>> ").split(b"\r\n")[:2])
s.send(b"\x04")
print("exit status", s.wait())
