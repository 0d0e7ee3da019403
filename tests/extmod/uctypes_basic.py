# uctypes: scalar fields in all three layouts, over a bytearray
import uctypes

desc = {
    "u8": 0 | uctypes.UINT8,
    "i8": 1 | uctypes.INT8,
    "u16": 2 | uctypes.UINT16,
    "i16": 4 | uctypes.INT16,
    "u32": 8 | uctypes.UINT32,
    "i32": 12 | uctypes.INT32,
    "u64": 16 | uctypes.UINT64,
    "i64": 24 | uctypes.INT64,
    "f32": 32 | uctypes.FLOAT32,
    "f64": 40 | uctypes.FLOAT64,
}
print(uctypes.sizeof(desc), uctypes.sizeof(desc, uctypes.LITTLE_ENDIAN))

for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN):
    buf = bytearray(48)
    s = uctypes.struct(uctypes.addressof(buf), desc, layout)
    s.u8 = 0xFE
    s.i8 = -2
    s.u16 = 0x1234
    s.i16 = -300
    s.u32 = 0xDEADBEEF
    s.i32 = -100000
    s.u64 = 0x0102030405060708
    s.i64 = -(2**62)
    s.f32 = 1.5
    s.f64 = -2.25
    print(bytes(buf))
    print(s.u8, s.i8, s.u16, s.i16, hex(s.u32), s.i32, hex(s.u64), s.i64, s.f32, s.f64)
    # truncation to the field width, as C does
    s.u8 = 0x1FF
    s.i8 = 200
    s.u64 = -1
    print(s.u8, s.i8, s.u64)
    s.u64 = 2**70 + 5
    print(s.u64)
    print(uctypes.sizeof(s))

# NATIVE is little-endian on this host and pads to the largest alignment
nd = {"a": 0 | uctypes.UINT32, "b": 4 | uctypes.UINT8}
print(uctypes.sizeof(nd), uctypes.sizeof(nd, uctypes.NATIVE), uctypes.sizeof(nd, uctypes.LITTLE_ENDIAN))
buf = bytearray(8)
s = uctypes.struct(uctypes.addressof(buf), nd)
s.a = 0x11223344
s.b = 7
print(bytes(buf))

# a buffer may be given directly
s = uctypes.struct(buf, nd, uctypes.BIG_ENDIAN)
print(hex(s.a))

# bytes_at / bytearray_at
b = bytearray(b"hello world")
a = uctypes.addressof(b)
print(uctypes.bytes_at(a, 5), uctypes.bytes_at(a + 6, 5), uctypes.bytes_at(a, 0))
ba = uctypes.bytearray_at(a, 5)
ba[0] = ord("J")
print(b)
print(uctypes.addressof(b) == uctypes.addressof(memoryview(b)))
print(uctypes.addressof(b[1:]) != a)
