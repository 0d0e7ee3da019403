for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**31, -2**31, 2**64 - 1, -2**63, 2**80 + 5]:
    for bo in ("big", "little"):
        n = max(1, (v.bit_length() + 8) // 8)
        try:
            b = v.to_bytes(n, bo, signed=True)
            print(v, bo, b, int.from_bytes(b, bo, signed=True), int.from_bytes(b, bo))
        except OverflowError:
            print(v, bo, "OverflowError")
        if v >= 0:
            print(v.to_bytes(n + 2, bo), int.from_bytes(v.to_bytes(n + 2, bo), bo) == v)
for args in [(255, 1, "big", False), (256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True), (-129, 1, "little", True), (0, 0, "big", False), (1, 0, "big", False)]:
    v, n, bo, sg = args
    try:
        print(args, v.to_bytes(n, bo, signed=sg))
    except OverflowError:
        print(args, "OverflowError")
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(bytearray(b"\x01\x00"), "little"), int.from_bytes([1, 2], "big"))
try:
    (1).to_bytes(1, "middle")
except ValueError:
    print("ValueError byteorder")
print((1024).to_bytes(2, byteorder="big"), int.from_bytes(b"\x04\x00", byteorder="big"), (5).to_bytes(2, "little", signed=False))
