print(pow(3, -1, 7), pow(2, -1, 5), pow(10, -2, 13), pow(-3, -1, 7), pow(3, -1, -7), pow(38, -1, 97))
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(0, 0, 5), pow(5, 0, 1), pow(7, 2, -1))
print(pow(2**100, 3, 10**9 + 7), pow(3, 2**70, 101), pow(12345678901234567890, -1, 1000000007))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (6, -1, 9)]:
    try:
        print(pow(*args))
    except ValueError:
        print("ValueError", args)
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError float")
try:
    pow(2, 3.0, 5)
except TypeError:
    print("TypeError float exp")
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -1, 0 ** 0, (-1) ** 0, 1 ** -5)
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
print(pow(2, 5), pow(-3, 3), pow(True, 5), pow(2, True), pow(x:=3, 2), (-8) ** (1 / 3) == (-8) ** (1 / 3))
