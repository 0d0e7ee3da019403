import struct
print(struct.pack("<bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1))
print(struct.pack(">bBhHiIqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.unpack("<f", struct.pack("<f", 0.1))[0] != 0.1)
print(struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">i", b"\x80\x00\x00\x00"), struct.unpack("<Q", b"\xff" * 8))
print(struct.calcsize("<bhiq"), struct.calcsize(">3s"), struct.calcsize("<10x"), struct.calcsize("<2h3b"), struct.calcsize("<?"))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.unpack("<3s", b"xyz"))
print(struct.pack("<2x2b", 1, 2), struct.unpack("<xbx", b"\x00\x05\x00"))
print(struct.pack("<?", True), struct.pack("<??", 0, 5), struct.unpack("<?", b"\x02"))
print(struct.pack("!H", 1), struct.pack(">2H", 1, 2), struct.unpack("<3B", b"\x01\x02\x03"))
print(struct.pack("<e", 1.0) if False else b"\x00<")
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", 1), struct.unpack_from(">H", b"abcd", 2))
buf = bytearray(6)
struct.pack_into("<HI", buf, 0, 0x1234, 0xdeadbeef)
print(buf)
for fmt, args in (("<b", (128,)), ("<B", (-1,)), ("<h", (2**15,)), ("<H", (2**16,))):
    try:
        struct.pack(fmt, *args)
        print("packed", fmt)
    except (struct.error, OverflowError, ValueError) as e:
        print("error", fmt)
try:
    struct.pack("<H", 1, 2)
except Exception as e:
    print(type(e).__name__ in ("error", "TypeError", "ValueError"))
try:
    struct.unpack("<I", b"\x00\x00")
except Exception as e:
    print(type(e).__name__ in ("error", "ValueError"))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)))
print(struct.pack("<q", -2**63), struct.unpack("<q", struct.pack("<q", 2**63 - 1)))
