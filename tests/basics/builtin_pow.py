# pow() builtin
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(4, 0.5))
print(pow(0, 0), pow(0.0, 0), pow(1, 10 ** 6))
print(pow(3, 200, 1000), pow(2, 10, 7))
print(pow(10, 2, 10 ** 9 + 7))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError')
try:
    pow(2.0, 3, 5)
except TypeError:
    print('TypeError')
try:
    pow(0, -1)
except ZeroDivisionError:
    print('ZeroDivisionError')
