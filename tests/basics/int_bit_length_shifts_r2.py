for v in [0, 1, -1, 2, 3, 7, 8, -8, -9, 255, 256, 2**31, 2**31 - 1, -2**31, 2**62, 2**63, 2**64, -2**64, 10**30, -10**30]:
    print(v, v.bit_length(), bin(v)[:20], abs(v) >> 10, v << 70 >> 70 == v)
print(1 << 200, -1 << 200, (1 << 200) >> 199, (-1 << 200) >> 300, (1 << 200) >> 300, -5 >> 1, -5 >> 100, 5 >> 100)
print((2**1000).bit_length(), len(str(2**1000)), (2**1000 - 1).bit_length(), (-(2**1000)).bit_length())
for bad in [-1, -100]:
    try:
        1 << bad
    except ValueError:
        print("ValueError <<", bad)
    try:
        1 >> bad
    except ValueError:
        print("ValueError >>", bad)
print(0 << 1000, 0 >> 1000, True << 3, 3 << False)
x = 1
for i in range(130):
    x = (x << 1) | (i & 1)
print(x, x.bit_length(), x >> 64, x & ((1 << 64) - 1))
