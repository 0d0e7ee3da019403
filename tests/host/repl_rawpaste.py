# Raw-paste mode: the documented example must be answered with exactly the documented bytes,
# and a longer program goes through the \x01 flow control as the documented client does it.
import select
from mod_drive import Session

EXAMPLE = b"\x01\x05A\x01print(123)\x04"
DOC_REPLY = b"\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04123\r\n\x04\x04>"


def raw_paste_write(s, data):
    """The client side of the documented flow control; returns the device's \\x04 ack."""
    s.send(b"\x05A\x01")
    head = s.expect(b"R\x01")
    assert head == b"R\x01", head
    while len(s.buf) < 2:
        s._read_some(5)
    incr = s.buf[0] | s.buf[1] << 8
    s.buf = s.buf[2:]
    window = incr
    i = 0
    while i < len(data):
        while window == 0 or s.buf or select.select([s.rfd], [], [], 0)[0]:
            if not s.buf:
                s._read_some(5)
            c, s.buf = s.buf[:1], s.buf[1:]
            if c == b"\x01":
                window += incr
            elif c == b"\x04":
                raise SystemExit("device ended the data")
        n = min(window, len(data) - i)
        s.send(data[i:i + n])
        window -= n
        i += n
    s.send(b"\x04")
    return incr, s.expect(b"\x04")


for mode in ("pty", "pipe"):
    print("--", mode)
    s = Session(["-i"] if mode == "pipe" else [], mode=mode)
    s.expect(b">>> ")
    s.send(EXAMPLE)
    got = s.expect(b"\x04\x04>")
    print(got)
    print("documented reply:", got == DOC_REPLY)
    prog = b"".join(b"x%d = %d\n" % (i, i) for i in range(300)) + b"print(sum(x for x in [%s]))\n" % b",".join(b"x%d" % i for i in range(300))
    incr, ack = raw_paste_write(s, prog)
    print(len(prog), "bytes, window", incr, "ack", ack.lstrip(b"\x01"))  # late \x01 grants may precede it
    print(s.expect(b"\x04>"))
    _, ack = raw_paste_write(s, b"def f(:\n")
    got = s.expect(b"\x04>")
    print(ack.lstrip(b"\x01"), got.startswith(b"\x04Traceback (most recent call last):\r\n"), b"SyntaxError" in got, got.endswith(b"\r\n\x04>"))
    s.send(b"\x02")
    s.expect(b">>> ")
    s.send(b"\x04")
    print("exit status", s.wait())
