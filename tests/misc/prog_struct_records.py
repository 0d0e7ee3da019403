# Binary record file: struct pack/unpack, headers, checksums, io.BytesIO

import struct
import io

HFMT = '<4sHHI'
RFMT = '<IhBx8sfd'
HSIZE = struct.calcsize(HFMT)
RSIZE = struct.calcsize(RFMT)

class FormatError(Exception):
    pass

def make_records():
    recs = []
    for i in range(6):
        name = ("item%d" % i).encode()
        recs.append((1000 + i, -50 + 25 * i, i * 40 % 256, name, 0.5 * i, i / 3))
    return recs

def checksum(data):
    s = 0
    for b in data:
        s = (s * 31 + b) & 0xFFFFFFFF
    return s

def write_file(recs):
    body = b''.join(struct.pack(RFMT, *r) for r in recs)
    buf = io.BytesIO()
    buf.write(struct.pack(HFMT, b'RECS', 1, len(recs), checksum(body)))
    buf.write(body)
    return buf.getvalue()

def read_file(data):
    f = io.BytesIO(data)
    hdr = f.read(HSIZE)
    if len(hdr) < HSIZE:
        raise FormatError("short header")
    magic, ver, count, csum = struct.unpack(HFMT, hdr)
    if magic != b'RECS':
        raise FormatError("bad magic %r" % magic)
    body = f.read()
    if len(body) != count * RSIZE:
        raise FormatError("size mismatch %d != %d" % (len(body), count * RSIZE))
    if checksum(body) != csum:
        raise FormatError("checksum mismatch")
    out = []
    for i in range(count):
        rid, delta, flags, name, f32, f64 = struct.unpack_from(RFMT, body, i * RSIZE)
        out.append((rid, delta, flags, name.rstrip(b'\0').decode(), f32, round(f64, 6)))
    return ver, out

print(HSIZE, RSIZE, struct.calcsize('<IhBx8sfd'), struct.calcsize('@IhBx8sfd'))
data = write_file(make_records())
print(len(data), data[:12].hex())
ver, recs = read_file(data)
print("version", ver)
for r in recs:
    print("  %5d %4d %3d %-6s %5.2f %.6f" % r)
corrupt = bytearray(data)
corrupt[20] ^= 0xFF
for bad in [data[:5], b'XXXX' + data[4:], data[:-3], bytes(corrupt)]:
    try:
        read_file(bad)
    except FormatError as e:
        print("FormatError:", e)

print(struct.pack('>I', 0xDEADBEEF), struct.pack('<I', 0xDEADBEEF), struct.pack('>h', -2))
print(struct.unpack('>HH', b'\x01\x02\x03\x04'), struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8))
print(struct.pack('3B', 1, 2, 3), struct.pack('<2H', 1, 65535), struct.pack('>?', True), struct.pack('c', b'z'))
print(struct.unpack('<f', struct.pack('<f', 3.14159))[0] != 3.14159, struct.unpack('<d', struct.pack('<d', 3.14159)))
for fmt, val in [('B', 256), ('b', 128), ('h', 40000), ('H', -1)]:
    try:
        struct.pack(fmt, val)
    except struct.error as e:
        print("struct.error for", fmt, val)
try:
    struct.unpack('<I', b'\x00\x01')
except struct.error:
    print("struct.error short buffer")

buf = bytearray(16)
struct.pack_into('<HI', buf, 2, 0xABCD, 0x12345678)
print(buf.hex())
print(struct.unpack_from('<I', buf, 4))
print([struct.unpack_from('<H', b'\x01\x00\x02\x00\x03\x00', i) for i in (0, 2, 4)])

def varint_encode(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)

def varint_decode(data, pos=0):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos

stream = b''.join(varint_encode(n) for n in (0, 1, 127, 128, 300, 16384, 2 ** 35, 2 ** 70))
print(stream.hex())
pos = 0
vals = []
while pos < len(stream):
    v, pos = varint_decode(stream, pos)
    vals.append(v)
print(vals)

def zigzag(n):
    return (n << 1) ^ (n >> 63)
print([zigzag(n) for n in (0, -1, 1, -2, 2, -64)])
rgb = struct.pack('BBB', 255, 128, 0)
print('#%02x%02x%02x' % tuple(rgb), '#' + rgb.hex().upper())
pixels = bytes(range(0, 48, 3))
print([struct.unpack_from('BBB', pixels, i) for i in range(0, len(pixels) - 2, 3)][:4])
mv = memoryview(data)
print(bytes(mv[:4]), mv[4], len(mv[HSIZE:]) // RSIZE)
