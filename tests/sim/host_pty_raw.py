# A raw-REPL client of our own over --pty with nothing but the standard library (os, pty-level
# termios, select): what mpremote does to a board, step by step, from MicroPython's documented
# raw REPL protocol. Ctrl-A enters the raw REPL; code + Ctrl-D runs it ("OK", output, Ctrl-D,
# error, Ctrl-D, ">"); raw-paste mode (Ctrl-E "A" Ctrl-A -> "R\x01", a 16-bit window, Ctrl-A
# for each further window, Ctrl-D to end) runs a long script under flow control. The file
# operations are mpremote's: os.stat / os.ilistdir / os.statvfs read back with ast.literal_eval
# (so they must print as plain tuples, as on a board), open 'wb' written in chunks through a
# bound method, open 'rb' read in chunks, remove / mkdir / rmdir / rename, errors printed as
# "OSError: [Errno 2] ENOENT". Then Ctrl-C into a running loop and soft reboots (raw REPL:
# "MPY: soft reboot"; friendly REPL: boot.py and main.py run again). Reads wait for expected
# bytes with a generous safety limit; nothing depends on timing. The port's path is found as
# pyboard.py's `execpty:` finds it (the first line of stderr) and as mpremote users read it
# (the first line of stdout).
import ast
import os
import re
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time
import tty

SIM = os.environ["MICROPY_SIM"]


class Board:
    def __init__(self, path):
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self.fd, termios.TCSANOW)     # TCSAFLUSH would drop what boot.py printed
        self.buf = b""

    def write(self, b):
        os.write(self.fd, b)

    def _fill(self, deadline):
        r, _, _ = select.select([self.fd], [], [], max(0.0, deadline - time.time()))
        if not r:
            raise RuntimeError("timed out; have %r" % self.buf[-200:])
        self.buf += os.read(self.fd, 4096)

    def read_until(self, token, limit=20):
        deadline = time.time() + limit
        while token not in self.buf:
            self._fill(deadline)
        i = self.buf.index(token) + len(token)
        out, self.buf = self.buf[:i], self.buf[i:]
        return out

    def read_n(self, n, limit=20):
        deadline = time.time() + limit
        while len(self.buf) < n:
            self._fill(deadline)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def raw_exec(self, code):
        self.write(code.encode() + b"\x04")
        r = self.read_until(b"\x04>")
        assert r.startswith(b"OK"), r
        out, err = r[2:-2].split(b"\x04")
        return out.decode(), err.decode()

    def eval(self, expr):
        out, err = self.raw_exec("print(repr(%s))" % expr)
        assert not err, err
        return ast.literal_eval(out.strip())

    def paste_exec(self, code):
        self.write(b"\x05A\x01")
        assert self.read_n(2) == b"R\x01"
        window = struct.unpack("<H", self.read_n(2))[0]
        data, i, credit, refills = code.encode(), 0, window, 0
        while i < len(data):
            while credit == 0:
                c = self.read_n(1)
                assert c == b"\x01", c
                credit += window
                refills += 1
            n = min(credit, len(data) - i)
            self.write(data[i:i + n])
            i += n
            credit -= n
        self.write(b"\x04")
        while self.read_n(1) != b"\x04":    # flow-control bytes, then the end-of-data ack
            pass
        r = self.read_until(b"\x04>")
        out, err = r[:-2].split(b"\x04")
        return out.decode(), err.decode(), window, refills


def main(tmp):
    with open(os.path.join(tmp, "boot.py"), "w") as f:
        f.write("print('boot.py ran')\n")
    with open(os.path.join(tmp, "main.py"), "w") as f:
        f.write("import time\nprint('main.py ran')\nwhile True:\n    time.sleep(1)\n")
    p = subprocess.Popen([SIM, "--pty", "--fs", tmp], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        path = p.stdout.readline().decode().strip()
        # pyboard.py's execpty: takes the path from the first line of stderr
        m = re.search(r"/dev/pts/[0-9]+", p.stderr.readline().decode())
        print("execpty: path on stderr's first line:", m is not None and m.group() == path)
        b = Board(path)
        boot = b.read_until(b"main.py ran").decode()
        b.write(b"\r\x03\x03")                       # stop main.py as mpremote does
        boot += b.read_until(b">>> ").decode()
        print("boot:", "boot.py ran" in boot, "main.py ran" in boot, "KeyboardInterrupt" in boot)
        b.write(b"\x01")
        b.read_until(b"raw REPL; CTRL-B to exit\r\n>")
        print("raw REPL entered")
        print("exec:", b.raw_exec("print(6 * 7)"))
        script = "total = 0\nfor i in range(1000):\n    total += i\nprint('total', total)\n"
        script += "# filler line to make the script longer than one window\n" * 40
        out, err, window, refills = b.paste_exec(script)
        print("raw-paste:", repr(out), repr(err), "window", window, "refills > 0:", refills > 0)
        # mpremote cp: stat the target, write in chunks, close; then ls, cat, rm ...
        st = b.eval("__import__('os').stat('/main.py')")
        print("stat main.py:", len(st), hex(st[0]), st[1:6], st[6] == os.path.getsize(os.path.join(tmp, "main.py")))
        b.raw_exec("import os\nf=open('/data.bin','wb')\nw=f.write")
        payload = bytes(range(256)) * 3
        for i in range(0, len(payload), 256):
            print("write chunk:", b.raw_exec("w(%r)" % payload[i:i + 256]))
        b.raw_exec("f.close()")
        with open(os.path.join(tmp, "data.bin"), "rb") as f:
            print("host file matches:", f.read() == payload)
        b.raw_exec("f=open('/data.bin','rb')\nr=f.read")
        back = b""
        while True:
            chunk = b.eval("r(256)")
            if not chunk:
                break
            back += chunk
        b.raw_exec("f.close()")
        print("read back in chunks:", back == payload)
        entries = sorted(b.eval("list(os.ilistdir('/'))"))
        print("ilistdir:", entries)
        print("stat dir:", b.eval("os.mkdir('/lib') or os.stat('/lib')")[:7])
        b.raw_exec("os.rename('/data.bin', '/lib/data.bin')")
        print("renamed:", b.eval("os.listdir('/lib')"), os.path.exists(os.path.join(tmp, "lib", "data.bin")))
        sv = b.eval("os.statvfs('/')")
        print("statvfs:", len(sv), sv[0] > 0, sv[9])
        b.raw_exec("os.remove('/lib/data.bin')\nos.rmdir('/lib')")
        print("removed:", sorted(b.eval("os.listdir('/')")))
        for code in ("os.stat('/nope')", "open('/nope', 'rb')", "os.remove('/nope')", "os.rmdir('/nope')",
                     "os.mkdir('/main.py')", "os.listdir('/nope')"):
            print("%s -> %s" % (code, b.raw_exec(code)[1].splitlines()[-1]))
        # the pieces mpremote's `mount` is built of: binary stdout and stdin unchanged (text output
        # is cooked, "\n" -> "\r\n"), Ctrl-C off while reading, a Python object mounted as a VFS
        b.write(b"import sys, micropython\nsys.stdout.buffer.write(b'A\\nB')\nsys.stdout.write('C\\nD')\n"
                b"micropython.kbd_intr(-1)\nd = sys.stdin.buffer.read(4)\nmicropython.kbd_intr(3)\n"
                b"print(d)\n\x04")
        first = b.read_until(b"D")
        b.write(b"\x03\n\x18\x01")
        print("binary out, cooked text, binary in:", first + b.read_until(b"\x04>"))
        out, err = b.raw_exec(
            "class RemoteFS:\n"
            "    def mount(self, ro, mkfs): pass\n"
            "    def umount(self): pass\n"
            "    def chdir(self, p): pass\n"
            "    def ilistdir(self, p): return iter([('host.txt', 0x8000, 0, 5)])\n"
            "    def stat(self, p): return (0x4000 if p in ('', '/') else 0x8000, 0, 0, 0, 0, 0, 5, 0, 0, 0)\n"
            "    def open(self, p, m):\n"
            "        import io\n"
            "        return io.BytesIO(b'hello') if 'b' in m else io.StringIO('hello')\n"
            "os.mount(RemoteFS(), '/remote')\nos.chdir('/remote')\n"
            "print(os.getcwd(), os.listdir(), open('host.txt').read())\n"
            "os.chdir('/')\nos.umount('/remote')\nprint(sorted(os.listdir()))")
        print("mounted:", repr(out), repr(err))
        # Ctrl-C into running code
        b.write(b"import time\nn = 0\nprint('looping')\nwhile True:\n    n += 1\n    time.sleep_ms(1)\n\x04")
        b.read_until(b"looping")
        b.write(b"\x03")
        r = b.read_until(b"\x04>").decode()
        print("interrupted:", r.strip("\x04>").splitlines()[-1])
        print("still alive:", b.raw_exec("print(n >= 0)"))
        # soft reboot in the raw REPL (mpremote soft-reset): the machine state goes back to boot
        # (a running Timer stops), boot.py runs, main.py does not
        print("timer:", b.raw_exec("from machine import Timer\nticks = []\n"
                                   "t = Timer(-1, period=1, callback=lambda t: ticks.append(1))\n"
                                   "time.sleep_ms(10)\nprint(len(ticks) >= 9)"))
        b.write(b"\x04")
        r = b.read_until(b"raw REPL; CTRL-B to exit\r\n>").decode()
        print("raw soft reboot:", [l for l in r.splitlines() if l][:-1])
        print("names forgotten:", b.raw_exec("print('n' in globals())"))
        print("after it:", b.raw_exec("import machine, time, sys\nprint(machine.reset_cause() == machine.SOFT_RESET)\n"
                                      "time.sleep_ms(50)\nprint('ticks' in globals(), 'timer' in sys.modules)"))
        b.write(b"\x02")
        b.read_until(b">>> ")
        b.write(b"\x04")                             # friendly REPL: boot.py, main.py again
        r = b.read_until(b"main.py ran").decode()
        print("friendly soft reboot:", [l for l in r.splitlines() if l][-3:])
        b.write(b"\x03")
        b.read_until(b">>> ")
        os.close(b.fd)
    finally:
        p.terminate()
        p.wait()


with tempfile.TemporaryDirectory() as tmp:
    main(tmp)
