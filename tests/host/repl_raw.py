# The raw REPL (Ctrl-A), byte for byte, on a terminal and on pipes (-i forces the REPL there):
# "OK", the program's output, \x04, the traceback, \x04, ">"; Ctrl-D on an empty raw prompt is
# a soft reset; Ctrl-B goes back to the friendly REPL. The sequence of pyboard.py's
# enter_raw_repl() is used as a client would.
from mod_drive import Session


def tb(got, head, name):
    # the traceback's text belongs to the exception printer: check its frame only
    print(got.startswith(head + b"Traceback (most recent call last):\r\n"), name in got, got.endswith(b"\r\n\x04>"), got.count(b"\n") == got.count(b"\r\n"))

for mode in ("pty", "pipe"):
    print("--", mode)
    s = Session(["-i"] if mode == "pipe" else [], mode=mode)
    s.expect(b">>> ")
    s.send(b"\x01")
    print(s.expect(b">"))
    s.send(b"print(1 + 1)\nfor i in range(2):\n print(i)\x04")
    print(s.expect(b"\x04>"))
    s.send(b"a = 5\nb = 1 / 0\x04")
    tb(s.expect(b"\x04>"), b"OK\x04", b"ZeroDivisionError")
    s.send(b"print(a)\x04")
    print(s.expect(b"\x04>"))
    s.send(b"import sys\nsys.exit(3)\x04")
    print("SystemExit:", s.expect(b"\x04>"))
    s.send(b"\x04")  # soft reset
    print(s.expect(b">"))
    s.send(b"print('a' in globals())\x04")
    print(s.expect(b"\x04>"))
    if mode == "pty":  # a Ctrl-C byte interrupts a running program
        s.send(b"print('spin')\nwhile True: pass\x04")
        s.expect(b"OKspin\r\n")
        s.send(b"\x03")
        tb(s.expect(b"\x04>"), b"\x04", b"KeyboardInterrupt")
    s.send(b"junk\x03")  # Ctrl-C forgets the buffer
    s.send(b"print('clean')\x04")
    print(s.expect(b"\x04>"))
    # what pyboard.py's enter_raw_repl(soft_reset=True) sends, from inside the raw REPL
    s.send(b"\r\x03\x03")
    s.send(b"\r\x01")
    s.expect(b"raw REPL; CTRL-B to exit\r\n>")
    s.send(b"\x04")
    s.expect(b"soft reboot\r\n")
    s.expect(b"raw REPL; CTRL-B to exit\r\n")
    s.expect(b">")
    print("pyboard-style enter_raw_repl ok")
    s.send(b"\x02")
    out = s.expect(b">>> ")
    print(out[:2], out.endswith(b"Use Ctrl-D to exit, Ctrl-E for paste mode" + (b"\r\n" if mode == "pty" else b"\n") + b">>> "))
    s.send(b"\x04")
    print("exit status", s.wait())
