# float arithmetic
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a, +a)
print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(2 ** 0.5, 10 ** -2, 2.0 ** 10, (-8.0) ** 2, 4 ** 0.5, 0.0 ** 0)
print(1 + 1.0, 3 * 0.5, 7 / 2, 8 / 2, type(8 / 2).__name__, 2 ** 63 / 2)
print(10 ** 20 + 0.5, 1 / 7, 22 / 7)
print(1.0 / 3.0 * 3.0, 0.1 * 0.1, 1e308 + 1e308)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
x = 1.0
for i in range(50):
    x = x * 1.1
print(x)
try:
    1.0 / 0.0
except ZeroDivisionError:
    print('ZeroDivisionError')
try:
    5.0 % 0
except ZeroDivisionError:
    print('ZeroDivisionError mod')
try:
    5.0 // 0.0
except ZeroDivisionError:
    print('ZeroDivisionError floordiv')
