print(bytes.fromhex("00ff10"), bytes.fromhex(""), bytes.fromhex("de ad be ef"))
print(bytearray.fromhex("0a0B"))
print(b"\x00\xff\x10".hex(), b"".hex(), bytearray(b"\xab").hex())
print(b"abc".hex())
for bad in ("0", "zz", "0g"):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print("ValueError")
