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
