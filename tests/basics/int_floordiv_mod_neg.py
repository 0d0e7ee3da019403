# floor division and modulo with negative operands
vals = [-7, -6, -1, 0, 1, 6, 7]
divs = [-3, -2, -1, 1, 2, 3]
for a in vals:
    row = []
    for b in divs:
        row.append((a // b, a % b))
    print(a, row)
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(-(2**64) // 3, -(2**64) % 3)
print((2**64) // -3, (2**64) % -3)
print(-1 // (2**70), -1 % (2**70))
