import struct
recs = [(1, -2, 3.5, b"abc", True), (255, -32768, -0.0, b"", False), (0, 32767, 1e10, b"xyzw", True)]
fmt = "<Bhd4s?"
size = struct.calcsize(fmt)
blob = b"".join(struct.pack(fmt, *r) for r in recs)
print(size, len(blob), blob[:size])
for i in range(len(recs)):
    print(struct.unpack_from(fmt, blob, i * size))
for e in ("<", ">", "!", "="):
    p = struct.pack(e + "iHq", -5, 513, 2**40)
    print(e, p, struct.unpack(e + "iHq", p))
print(struct.pack("<3h", *range(3)), struct.unpack("<2i", struct.pack("<2i", 7, -7)), struct.pack(">f", 0.5), struct.unpack(">f", b"\x3f\x00\x00\x00"))
print(struct.pack("<q", -1), struct.pack("<Q", 2**63), struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8))
