# int comparisons including big ints
vals = [-(2 ** 70), -(2 ** 31), -1, 0, 1, 2 ** 31, 2 ** 63, 2 ** 70]
for a in vals:
    print([int(a < b) for b in vals], [int(a <= b) for b in vals])
    print([int(a == b) for b in vals], [int(a >= b) for b in vals])
print(2 ** 64 == 18446744073709551616)
print(2 ** 64 > 2 ** 63, -(2 ** 64) < -(2 ** 63))
print(2 ** 64 != 2 ** 64 + 1)
print(max(vals), min(vals))
print(sorted([5, -(2 ** 65), 3, 2 ** 65, 0]))
