print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(0, 0), pow(0, 0, 1), pow(5, 0, 7), pow(5, 1, 1))
print(pow(2, 100, 10**9 + 7), pow(2**100, 2**50, 97))
print(pow(-(2**100), 3, 10**12 + 39))
print(pow(2, -1), pow(2, -2), pow(-2, -3))
print(pow(2.0, 3), pow(4, 0.5), pow(-8, 3))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
try:
    pow(0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(0.0, -1)
except ZeroDivisionError:
    print("ZeroDivisionError")
print(pow(True, 2), pow(2, True))
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
