# uctypes: bitfields, nested structs, arrays (of scalars and of structs), pointers
import uctypes

LE = uctypes.LITTLE_ENDIAN
BE = uctypes.BIG_ENDIAN

bf = {
    "lo": 0 | uctypes.BFUINT8 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "hi": 0 | uctypes.BFUINT8 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "s3": 1 | uctypes.BFINT8 | 2 << uctypes.BF_POS | 3 << uctypes.BF_LEN,
    "w": 2 | uctypes.BFUINT16 | 3 << uctypes.BF_POS | 10 << uctypes.BF_LEN,
    "sw": 4 | uctypes.BFINT32 | 1 << uctypes.BF_POS | 31 << uctypes.BF_LEN,
    "x": 8 | uctypes.BFINT16 | 15 << uctypes.BF_POS | 1 << uctypes.BF_LEN,
}
print(uctypes.sizeof(bf, LE))
for layout in (LE, BE):
    buf = bytearray(10)
    s = uctypes.struct(uctypes.addressof(buf), bf, layout)
    s.lo = 0xA
    s.hi = 0x5
    s.s3 = -3
    s.w = 0x3FF
    s.sw = -7
    s.x = 1
    print(bytes(buf))
    print(s.lo, s.hi, s.s3, s.w, s.sw, s.x)
    s.lo = 0x1F  # masked to 4 bits, neighbours untouched
    print(s.lo, s.hi, buf[0])
    s.w = 0
    print(s.w, bytes(buf[2:4]))

# nested structs and arrays
point = {"x": 0 | uctypes.INT16, "y": 2 | uctypes.INT16}
desc = {
    "id": 0 | uctypes.UINT8,
    "origin": (2, point),
    "name": (6 | uctypes.ARRAY, 6 | uctypes.UINT8),
    "vals": (12 | uctypes.ARRAY, 3 | uctypes.UINT16),
    "pts": (18 | uctypes.ARRAY, 2, point),
}
print(uctypes.sizeof(desc, LE), uctypes.sizeof(desc), uctypes.sizeof(point))
buf = bytearray(26)
s = uctypes.struct(uctypes.addressof(buf), desc, BE)
s.id = 9
s.origin.x = -1
s.origin.y = 258
for i, c in enumerate(b"uctyp!"):
    s.name[i] = c
s.vals[0] = 1
s.vals[1] = 0x203
s.vals[-1] = 0xFFFF
s.pts[0].x = 10
s.pts[1].y = -20
print(bytes(buf))
print(s.id, s.origin.x, s.origin.y, bytes(s.name), len(s.name), len(s.vals), len(s.pts))
print([s.vals[i] for i in range(3)], s.pts[0].x, s.pts[1].y, s.pts[-1].y)
print(uctypes.sizeof(s.pts), uctypes.sizeof(s.pts[1]), uctypes.sizeof(s.origin))
print(bytes(s.origin), bytes(s.pts[1]))
try:
    s.vals[3]
except IndexError as e:
    print("IndexError", e)
try:
    s.pts[2]
except IndexError as e:
    print("IndexError", e)
try:
    s.origin = 5
except TypeError as e:
    print("TypeError", e)
try:
    s.pts[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    s.nope
except AttributeError:
    print("AttributeError")

# top-level array descriptor
arr = uctypes.struct(uctypes.addressof(buf), (0 | uctypes.ARRAY, 4 | uctypes.UINT8))
print(len(arr), [arr[i] for i in range(4)], uctypes.sizeof(arr))

# pointers: a struct holding the address of another buffer
target = bytearray(b"\x01\x02\x03\x04\x05\x06\x07\x08")
pdesc = {
    "p8": (0 | uctypes.PTR, uctypes.UINT8),
    "p16": (8 | uctypes.PTR, uctypes.UINT16),
    "ps": (16 | uctypes.PTR, point),
}
print(uctypes.sizeof(pdesc))
holder = bytearray(24)
h = uctypes.struct(uctypes.addressof(holder), pdesc, LE)
a = uctypes.addressof(target)
holder[0:8] = a.to_bytes(8, "little")
holder[8:16] = a.to_bytes(8, "little")
holder[16:24] = (a + 2).to_bytes(8, "little")
print(h.p8[0], h.p8[3], h.p16[1], hex(h.p16[0]))
h.p8[7] = 99
print(target[7])
print(h.ps[0].x, h.ps[0].y, h.ps[1].x)
h.ps[0].y = -1
print(bytes(target))
