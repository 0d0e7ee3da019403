# repr(float) is the shortest string that round-trips, laid out as CPython does
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345.0, 1234567890123456.0,
        12345678901234567.0, 1e-4, 1e-5, 0.00012345, 1.5e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 100.0, 1e22, 1e23, 9007199254740993.0, 0.5, -0.0, 0.0, -1.5,
        float('inf'), float('-inf'), float('nan'), 3.141592653589793, 2.718281828459045, 1e-7, 123e-20]
for v in vals:
    print(repr(v), str(v), repr(-v))
print([1.0, 2.5], (0.1,), {'a': 1e100})
print(float('0.1') == 0.1, float(repr(1 / 7)) == 1 / 7)
x = 1.0
for i in range(40):
    x *= 3.7
    print(x, end=' ')
print()
x = 1.0
for i in range(40):
    x /= 7.3
    print(x, end=' ')
print()
