vals = [0, 1, -1, 2**31 - 1, -2**31, 2**32, -2**32, 2**63 - 1, -2**63, 2**64, -2**64 - 1, 2**100 + 12345, -(2**100) + 7, 0x5555555555555555, -0xAAAAAAAAAAAAAAAAAAAA]
for a in vals:
    for b in vals[::3]:
        print(a & b, a | b, a ^ b)
    print(~a, -a, a >> 1, a >> 65, a << 3)
print((-1) & 0xFFFFFFFFFFFFFFFFFFFF, (-2**64) | 1, (-2**64) ^ -1, -(2**64) & (2**64))
