b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("-", -2), b.hex(b"_", 3), b.hex(" ", 1), b.hex(".", 10))
print(bytearray(b"\x01\x02\x03").hex("|"), memoryview(b"\xab\xcd").hex(), b"".hex(), b"".hex(":"))
for s in ["00ff", "00 ff", " 00 ff ", "DEADbeef", "", "  ", "0a0B 0c"]:
    print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
for s in ["0", "0g", "0 0", "000", "zz"]:
    try:
        print(bytes.fromhex(s))
    except ValueError:
        print("ValueError", repr(s))
try:
    b.hex("ab")
except ValueError:
    print("ValueError sep")
