print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"), (255).to_bytes(1, "little"))
print((2**64 - 1).to_bytes(8, "big"), (2**70).to_bytes(9, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes(bytearray(b"\x12\x34"), "big"), int.from_bytes(b"\x00" * 10 + b"\x01", "big"))
print(int.from_bytes(b"\xff" * 12, "little") == 2**96 - 1, int.from_bytes(b"\xff" * 12, "little", signed=True))
for v in range(-300, 300, 37):
    assert int.from_bytes(v.to_bytes(3, "little", signed=True), "little", signed=True) == v
print("roundtrip ok")
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
try:
    (-1).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError:
    print("OverflowError")
