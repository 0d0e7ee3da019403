# conversions between float and int, including big ints
print(int(3.7), int(-3.7), int(0.9999), int(-0.5), int(1e20), int(-1e20), int(2.0 ** 70))
print(int(1e300))
print(float(7), float(-3), float(2 ** 64), float(2 ** 1000), float(-(10 ** 30)))
print(float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23))
print(float(True), float(' 2.5 '), float('1e3'), float('-.5'), float('5.'), float('+1.25E-2'))
print(int(float(2 ** 63)), int(float(2 ** 64 - 1)))
for v in (0.5, 1.5, 2.5, -2.5, 123456.789):
    print(v, int(v), round(v), float(int(v)))
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError')
print(1e20 == 10 ** 20, 1e23 == 10 ** 23, 2.0 ** 100 == 2 ** 100)
print(int(12345678901234567890.0))
