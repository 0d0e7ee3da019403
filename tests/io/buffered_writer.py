# io.BufferedWriter (MicroPython's): a fixed buffer in front of a stream, written out whole
# each time it fills (a write that exactly fills it flushes), the rest by flush()
import io

bts = io.BytesIO()
buf = io.BufferedWriter(bts, 8)
print(buf.write(b"foobar"), bts.getvalue())
print(buf.write(b"foobar"), bts.getvalue())
buf.flush()
print(bts.getvalue())
buf.flush()
print(bts.getvalue())
buf.write(b"12345678")
print(bts.getvalue())
buf.write(bytearray(b"abc"))
buf.write(memoryview(b"defghijklmnopqrst"))
print(bts.getvalue())
buf.flush()
print(bts.getvalue())

bts = io.BytesIO()
buf = io.BufferedWriter(bts, 1)
buf.write(b"foo")
print(bts.getvalue())


# a stream taking fewer bytes at a time than offered
class Slow:
    def __init__(self):
        self.got = []

    def write(self, b):
        self.got.append(bytes(b[:3]))
        return min(3, len(b))


s = Slow()
buf = io.BufferedWriter(s, 8)
buf.write(b"0123456789")
buf.flush()
print(s.got)

for bad in ((bts, 0), (bts, -1)):
    try:
        io.BufferedWriter(*bad)
    except ValueError:
        print("ValueError")
try:
    io.BufferedWriter(io.BytesIO(), 4).write(12)
except TypeError:
    print("TypeError")


# the stream protocol's counts (py/modio.c mp_io_write_all, shared with deflate.DeflateIO):
# None took everything, 0 is EAGAIN, a negative count is an error code
class Counts:
    def __init__(self, result):
        self.result = result
        self.got = []

    def write(self, b):
        self.got.append(bytes(b))
        return self.result


s = Counts(None)
buf = io.BufferedWriter(s, 4)
buf.write(b"abcdef")
buf.flush()
print(s.got)
for result in (0, -5):
    buf = io.BufferedWriter(Counts(result), 2)
    try:
        buf.write(b"xyz")
    except OSError as e:
        print("OSError", e.errno)
