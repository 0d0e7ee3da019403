# CRC32 by hand, Adler-32, base64 encode/decode, RLE with bytes/bytearray

def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table

CRC_TABLE = make_crc_table()

def crc32(data, crc=0):
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF

def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

print(hex(CRC_TABLE[1]), hex(CRC_TABLE[255]))
for s in [b"", b"a", b"abc", b"123456789", b"The quick brown fox jumps over the lazy dog"]:
    print("%-45r crc=%08x adler=%08x" % (s, crc32(s), adler32(s)))
print(crc32(b"123456789") == 0xCBF43926)
part = crc32(b"12345")
print(crc32(b"6789", part) == crc32(b"123456789"))

B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_REV = {c: i for i, c in enumerate(B64)}

def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), 'big')
        quad = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out += bytes(quad[:4 - pad]) + b"=" * pad
    return bytes(out)

def b64decode(text):
    text = text.rstrip(b"=")
    out = bytearray()
    bits = 0
    nbits = 0
    for c in text:
        if c not in B64_REV:
            raise ValueError("bad base64 char %r" % chr(c))
        bits = (bits << 6) | B64_REV[c]
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)

for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "héllo wörld".encode()]:
    e = b64encode(s)
    d = b64decode(e)
    print(s, e, d == s)
try:
    b64decode(b"ab$d")
except ValueError as e:
    print("ValueError", e)

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out.extend(bytes([data[k + 1]]) * data[k])
    return bytes(out)

samples = [b"aaabccddddde", b"", b"x" * 300, bytes([0, 0, 0, 255, 255, 1]), b"abcdef"]
for s in samples:
    enc = rle_encode(s)
    print(len(s), len(enc), enc[:12], rle_decode(enc) == s)

def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n

def reverse_bits32(x):
    r = 0
    for _ in range(32):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r

def rotl32(x, k):
    return ((x << k) | (x >> (32 - k))) & 0xFFFFFFFF

print([popcount(x) for x in (0, 1, 255, 0xDEADBEEF, 2 ** 64 - 1)])
print(hex(reverse_bits32(1)), hex(reverse_bits32(0x12345678)), hex(rotl32(0x80000001, 4)))
print(bin(0b1011 ^ 0b0110), 0xFF & ~0x0F, -1 >> 5, (-16) >> 2, 1 << 100 >> 98)

def fletcher16(data):
    s1 = s2 = 0
    for b in data:
        s1 = (s1 + b) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
print(hex(fletcher16(b"abcde")), hex(fletcher16(b"abcdef")))
ba = bytearray(b"hello")
ba[0] ^= 0x20
ba.reverse()
print(ba, bytes(ba).hex(), bytes.fromhex("48656c6c6f"), ba.find(b"l"), ba.count(b"l"))
x = 0
for b in b"checksum":
    x = ((x << 5) - x + b) & 0xFFFFFFFF
print(x, x.to_bytes(4, 'little'), int.from_bytes(b"\x01\x02", 'little'))
