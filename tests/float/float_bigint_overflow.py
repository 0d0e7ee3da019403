# big ints too large for a float
try:
    float(10 ** 400)
except OverflowError:
    print('OverflowError')
try:
    10 ** 400 / 1.0
except OverflowError:
    print('OverflowError')
print(10 ** 400 / 10 ** 399)
