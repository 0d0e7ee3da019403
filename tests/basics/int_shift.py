# shifts on small and big ints
print(1 << 0, 1 << 1, 1 << 31, 1 << 32, 1 << 63, 1 << 64, 1 << 100)
print(255 >> 1, 255 >> 4, 255 >> 8, 255 >> 100)
print(-1 >> 1, -1 >> 100, -100 >> 3, -8 >> 3, -9 >> 3)
print(-1 << 10, -5 << 70)
print((1 << 200) >> 199)
print((-(1 << 200)) >> 199)
print((-(1 << 200) - 1) >> 199)
x = 0x123456789abcdef
print(x << 4, x >> 4)
print(hex((x << 64) >> 60))
try:
    1 << -1
except ValueError:
    print('ValueError')
try:
    1 >> -1
except ValueError:
    print('ValueError')
