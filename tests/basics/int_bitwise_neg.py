# bitwise ops with negative numbers (two's complement semantics)
vals = [0, 1, 5, -1, -5, 12, -12, 255, -256]
for a in vals:
    print(a, [a & b for b in vals])
    print(a, [a | b for b in vals])
    print(a, [a ^ b for b in vals])
print([~v for v in vals])
print(-6 & 0xff, -6 | 0x0f, -6 ^ -1)
