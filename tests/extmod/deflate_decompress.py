# deflate.DeflateIO reading: zlib, gzip and raw streams made by CPython's zlib; AUTO detection;
# read(n), readinto, readline, iteration; corrupt and truncated input raise OSError
try:
    import deflate, io
except ImportError:
    print("SKIP")
    raise SystemExit

ZLIB = b"x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca\xc0\xc1\xce\xc9\xccKU()\xcf\xe7J\xcdK\x01\x00\xb5E\x11\x96"
GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca\xc0\xc1\xce\xc9\xccKU()\xcf\xe7J\xcdK\x01\x00\x8bna\xca0\x00\x00\x00"
RAW = b"\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xe1\xca\xc0\xc1\xce\xc9\xccKU()\xcf\xe7J\xcdK\x01\x00"
RAW9 = b"KLJN\x1cE\xc4!\x00"

print(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
print(deflate.DeflateIO(io.BytesIO(ZLIB), deflate.ZLIB).read())
print(deflate.DeflateIO(io.BytesIO(GZIP), deflate.GZIP).read())
print(deflate.DeflateIO(io.BytesIO(RAW), deflate.RAW).read())
print(deflate.DeflateIO(io.BytesIO(ZLIB)).read() == deflate.DeflateIO(io.BytesIO(GZIP)).read())
print(deflate.DeflateIO(io.BytesIO(RAW9), deflate.RAW, 9).read() == b"abc" * 100)

d = deflate.DeflateIO(io.BytesIO(ZLIB), deflate.ZLIB)
print(d.read(5), d.read(0), d.read(7), d.read(1000), d.read(), d.read(3))

d = deflate.DeflateIO(io.BytesIO(GZIP), deflate.AUTO)
buf = bytearray(10)
print(d.readinto(buf), buf)
print(d.readinto(buf, 3), buf)
mv = memoryview(buf)
print(d.readline(), d.readline(4), d.readline(), d.readline(), d.readline())

with deflate.DeflateIO(io.BytesIO(ZLIB)) as d:
    print([line for line in d])

for name, data, fmt in (("bad header", b"xx" + ZLIB[2:], deflate.ZLIB),
                         ("bad checksum", ZLIB[:-1] + b"\x00", deflate.ZLIB),
                         ("truncated", ZLIB[:20], deflate.ZLIB),
                         ("truncated gzip", GZIP[:-3], deflate.GZIP),
                         ("empty", b"", deflate.AUTO),
                         ("not gzip", ZLIB, deflate.GZIP),
                         ("garbage raw", b"\xff" * 40, deflate.RAW)):
    try:
        print(name, deflate.DeflateIO(io.BytesIO(data), fmt).read())
    except OSError as e:
        print(name, "OSError", e.args[0])

for args in ((io.BytesIO(), 7), (io.BytesIO(), deflate.RAW, 4), (io.BytesIO(), deflate.RAW, 16)):
    try:
        deflate.DeflateIO(*args)
    except ValueError:
        print("ValueError")

s = io.BytesIO(ZLIB)
d = deflate.DeflateIO(s, deflate.ZLIB, 0, True)
print(d.read(5))
d.close()
d.close()
try:
    s.read()
except ValueError:
    print("underlying stream closed")
try:
    d.read()
except OSError as e:
    print("OSError after close", e.args[0] == 22)  # EINVAL, as MicroPython

# a stream that hands out one byte per read() call
class Trickle:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def read(self, n=-1):
        b = self.data[self.pos:self.pos + 1]
        self.pos += 1
        return b

print(deflate.DeflateIO(Trickle(GZIP)).read())
# many abandoned readers and writers are finalised by the GC without writing anything
import gc
for i in range(200):
    d = deflate.DeflateIO(io.BytesIO(ZLIB))
    d.read(3)
    w = deflate.DeflateIO(io.BytesIO(), deflate.GZIP)
    w.write(b"abc")
gc.collect()
print("ok")
