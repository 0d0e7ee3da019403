# the VM computes float/small-int arithmetic inline; results must match the runtime
big = 2**53 + 1
print(big == float(2**53), 2**53 + 1 > 9007199254740992.0, 3 * 0.1, 1 - 0.5, 0.5 < 1, 2 <= 2.0, 1 != 1.0)
x = 1.5
x += 2
x -= 0.25
x *= 2
print(x, x / 2, 7 / 2, -0.0 * 1, 1e308 * 10, float('nan') != float('nan'))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
