# DeflateIO on io.IOBase streams written in Python (MicroPython's stream protocol): reading
# uses readinto(buf); a negative count from readinto() or write() is OSError(-n); a short write
# is completed; close=True closes the stream (close(), else ioctl(4, 0)); use after close is
# OSError(EINVAL)
import deflate
import io

data = b"hello deflate " * 50
out = io.BytesIO()
with deflate.DeflateIO(out, deflate.ZLIB) as d:
    d.write(data)
comp = out.getvalue()


class Reader(io.IOBase):
    def __init__(self, b):
        self.b = b
        self.calls = 0

    def readinto(self, buf):
        self.calls += 1
        n = min(len(buf), len(self.b), 7)  # a few bytes at a time
        buf[:n] = self.b[:n]
        self.b = self.b[n:]
        return n


r = Reader(comp)
print(deflate.DeflateIO(r, deflate.AUTO).read() == data, r.calls > 1)


class Failing(io.IOBase):
    def readinto(self, buf):
        return -5

    def write(self, buf):
        return -28


try:
    deflate.DeflateIO(Failing()).read()
except OSError as e:
    print("read OSError", e.errno)
d = deflate.DeflateIO(Failing(), deflate.GZIP)
try:
    d.write(b"x")
    d.close()
except OSError as e:
    print("write OSError", e.errno)


class Short(io.IOBase):
    def __init__(self):
        self.got = bytearray()

    def write(self, buf):
        self.got += bytes(buf[:3])
        return min(3, len(buf))


s = Short()
with deflate.DeflateIO(s, deflate.RAW) as d:
    d.write(data)
print(deflate.DeflateIO(io.BytesIO(bytes(s.got)), deflate.RAW).read() == data)


class Closable(io.IOBase):
    def write(self, buf):
        return len(buf)

    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0


d = deflate.DeflateIO(Closable(), deflate.RAW, 0, True)
d.close()
for op in (lambda: d.write(b"a"), lambda: d.read()):
    try:
        op()
    except OSError as e:
        print("after close OSError", e.errno)
