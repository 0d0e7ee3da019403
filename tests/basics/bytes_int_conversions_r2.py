for n in [0, 1, 255, 256, 65535, 2**32 - 1, 2**64]:
    L = max(1, (n.bit_length() + 7) // 8)
    b = n.to_bytes(L, "big")
    print(n, b, b.hex(), int.from_bytes(b, "big"), int(b.hex(), 16) if b else 0, list(b), bytes(list(b)) == b)
print(int.from_bytes(b"\x80", "big", signed=True), int.from_bytes(b"\x80\x00", "little", signed=True), int.from_bytes(b"\x7f\xff", "big", signed=True))
print((-1).to_bytes(4, "little", signed=True), (-256).to_bytes(2, "big", signed=True), (127).to_bytes(1, "big", signed=True), int.from_bytes(bytes(10), "big"))
print(list(bytes("héllo", "utf-8")), bytes([104, 195, 169]).decode(), b"".join(bytes([i]) for i in range(65, 70)))
