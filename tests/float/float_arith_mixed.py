print(1 + 2.5, 2.5 + 1, 3 * 1.5, 1.5 * 3, 10 - 0.5, 0.5 - 10)
print(2**70 + 0.5, 0.5 * 2**70, 2**70 / 1.5, 2.0 ** 70, 2 ** 0.5, 4 ** -0.5)
print(True + 1.5, 1.5 - True, 3.0 == 3, 3 < 3.5, 2**100 > 1e30, 2**100 < 1e31, -2**100 < -1e29)
print(float(2**1023) * 2 == float("inf"))
print(1.0 < 2**2000, -1.0 > -2**2000, float("inf") > 2**2000, 2**2000 != float("inf"))
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, round(0.1 * 3, 10) == 0.3)
print((-8) ** (1 / 3) if False else "skip", (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0, 0 ** 0.0)
print(1.5 ** 2, 2 ** -1, 10 ** -2, (-1) ** 0.0, 1 ** float("inf"))
try:
    0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    2.0 ** 10000
except OverflowError:
    print("OverflowError")
x = 5
x /= 2
print(x)
x //= 1
print(x)
x **= 2
print(x)
