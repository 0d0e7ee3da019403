print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -2 ** -2)
print(1 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 0.5 > 1.41)
print(10 ** 20, 2 ** 100, -(2 ** 63), 1 << 70, (1 << 70) >> 69)
print(0x7fffffff + 1, 0xffffffffffffffff + 1, -0x8000000000000000 - 1)
print(~0, ~-1, ~5, -~5, ~~7)
print(3 * 'ab', 'ab' * 0, 'x' * -1, [1] * 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 ** 2)
print(100 // 7 * 7 + 100 % 7)
print(5 & 3 | 8 ^ 1, 5 & (3 | 8) ^ 1, 1 << 2 + 1)
print(not 1 == 2, not (1 and 0))
print(0.1 + 0.2, 1e300 * 10, -1e300 * 10, 1e-320 > 0)
print(True + True, True * 10, -True, ~True)
print(1_000_000, 0b1010, 0o17, 0x_ff)
print(2 ** 62, 2 ** 63, 2 ** 64, -2 ** 63, 4611686018427387904 * 2)
print(int('9' * 30) // 7, int('9' * 30) % 7)
print(-(-9223372036854775808), abs(-9223372036854775808))
print(1073741823 + 1, 1073741824 * 4, -1073741824 - 1)
x = 2
print(-x ** 2, x ** -1, x ** x ** x)
try:
    print(1 / 0)
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    print(1 // 0)
except ZeroDivisionError:
    print('ZeroDivisionError floor')
try:
    print(5 % 0)
except ZeroDivisionError:
    print('ZeroDivisionError mod')
try:
    print(0 ** -1)
except ZeroDivisionError:
    print('ZeroDivisionError pow')
try:
    print(1 << -1)
except ValueError:
    print('ValueError neg shift')
