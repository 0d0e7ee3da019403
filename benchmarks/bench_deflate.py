# deflate of 20 MB and back: deflate.DeflateIO (ZLIB format, wbits=15; MicroPython's default for
# compressing is a 256-byte window, far slower with zlib) here, zlib under CPython (3.11 has
# no `deflate` module); both sides run the same zlib library, so this measures the stream layer.
import io

try:
    import deflate

    def compress(data):
        out = io.BytesIO()
        with deflate.DeflateIO(out, deflate.ZLIB, 15) as d:  # the same 32 KiB window as zlib's default
            for i in range(0, len(data), 65536):
                d.write(data[i:i + 65536])
        return out.getvalue()

    def decompress(blob):
        d = deflate.DeflateIO(io.BytesIO(blob), deflate.ZLIB)
        parts = []
        while True:
            b = d.read(65536)
            if not b:
                break
            parts.append(b)
        return b"".join(parts)
except ImportError:
    import zlib

    def compress(data):
        c = zlib.compressobj(wbits=15)
        parts = [c.compress(data[i:i + 65536]) for i in range(0, len(data), 65536)]
        parts.append(c.flush())
        return b"".join(parts)

    def decompress(blob):
        d = zlib.decompressobj(wbits=15)
        parts = [d.decompress(blob[i:i + 65536]) for i in range(0, len(blob), 65536)]
        parts.append(d.flush())
        return b"".join(parts)

# 20 MB of text-like data: a compressible but not trivial mix
line = b"".join(b"%d,sensor%d,%d.%d;" % (i, i % 7, i * 37 % 1000, i % 10) for i in range(400))
data = (line * (20 * 1000 * 1000 // len(line) + 1))[:20 * 1000 * 1000]
blob = compress(data)
back = decompress(blob)
print(len(data), back == data)
