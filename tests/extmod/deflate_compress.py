# deflate.DeflateIO writing: round trips in every format and window size, flush, close=True
try:
    import deflate, io
except ImportError:
    print("SKIP")
    raise SystemExit

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 13)) for i in range(2000))
print(len(data))

def compress(fmt, wbits, payload, chunk=1000):
    s = io.BytesIO()
    with deflate.DeflateIO(s, fmt, wbits) as d:
        for i in range(0, len(payload), chunk):
            print(d.write(payload[i:i + chunk]), end=" ") if i == 0 else d.write(payload[i:i + chunk])
    return s.getvalue()

for fmt in (deflate.RAW, deflate.ZLIB, deflate.GZIP, deflate.AUTO):
    for wbits in (0, 5, 8, 9, 12, 15):
        z = compress(fmt, wbits, data)
        rfmt = deflate.RAW if fmt == deflate.AUTO else fmt
        back = deflate.DeflateIO(io.BytesIO(z), rfmt).read()
        print(fmt, wbits, len(z) < len(data) // 4, back == data)

z = compress(deflate.ZLIB, 0, data)
print(z[:1], deflate.DeflateIO(io.BytesIO(z), deflate.AUTO).read() == data)
z = compress(deflate.GZIP, 0, data)
print(z[:2], deflate.DeflateIO(io.BytesIO(z), deflate.AUTO).read() == data)

s = io.BytesIO()
with deflate.DeflateIO(s, deflate.ZLIB) as d:
    d.write(b"")
print(len(s.getvalue()) > 0, deflate.DeflateIO(io.BytesIO(s.getvalue()), deflate.ZLIB).read())

# flush makes everything written so far decodable
s = io.BytesIO()
d = deflate.DeflateIO(s, deflate.RAW)
d.write(b"hello ")
d.flush()
part = s.getvalue()
print(deflate.DeflateIO(io.BytesIO(part), deflate.RAW).read(6))
d.write(b"world")
d.close()
print(deflate.DeflateIO(io.BytesIO(s.getvalue()), deflate.RAW).read())
try:
    d.write(b"x")
except OSError:
    print("OSError write after close")

# close=True closes the wrapped stream
class Sink:
    def __init__(self):
        self.parts = []
        self.closed = False
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
    def close(self):
        self.closed = True

k = Sink()
d = deflate.DeflateIO(k, deflate.ZLIB, 10, True)
d.write(b"abc" * 1000)
d.close()
print(k.closed, deflate.DeflateIO(io.BytesIO(b"".join(k.parts))).read() == b"abc" * 1000)
k = Sink()
with deflate.DeflateIO(k, deflate.GZIP) as d:
    d.write(bytearray(b"xyz"))
    d.write(memoryview(b"123"))
print(k.closed, deflate.DeflateIO(io.BytesIO(b"".join(k.parts))).read())
