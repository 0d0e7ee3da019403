import struct
for fmt in ["<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", "<f", "<d", "<?", "<x", "<c", "<s", "<5s", "<3x", ">hh", "!I", "=i", "<bhiq", ">2H3b", "<e"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except (struct.error, ValueError):
        print(fmt, "error")
for fmt, v in [("<b", -128), ("<B", 255), ("<h", -32768), ("<H", 65535), ("<i", -2**31), ("<I", 2**32 - 1), ("<q", -2**63), ("<Q", 2**64 - 1), ("<f", 1.5), ("<d", -2.25), ("<?", True), ("<?", 0), ("<c", b"z"), (">i", 258), (">d", 1e300)]:
    b = struct.pack(fmt, v)
    print(fmt, v, b, struct.unpack(fmt, b))
for fmt, v in [("<b", 128), ("<B", -1), ("<h", 40000), ("<H", -1), ("<I", 2**32), ("<Q", -1), ("<i", 2**31)]:
    try:
        struct.pack(fmt, v)
        print("no error", fmt, v)
    except (struct.error, OverflowError, ValueError):
        print("error", fmt, v)
print(struct.pack("<4s", b"ab"), struct.pack("<2s", b"abcd"), struct.unpack("<3s", b"xyz"), struct.pack("<s", b""), struct.pack("<0s", b"abc"))
print(struct.pack(">3b", 1, 2, 3), struct.unpack(">3b", b"\x01\xff\x7f"), struct.pack("<2x?", False), struct.unpack("<xbx", b"\x00\x05\x00"))
