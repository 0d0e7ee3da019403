import math
for v in [float("inf"), float("-inf"), float("nan")]:
    for f in (int, math.floor, math.ceil, math.trunc, round):
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__)
print(int(1e308) == 10**308 // 1 or True, int(1e308) % 10**6, int(-1.9e19), int(2.0**100) == 2**100, int(0.99999999), int(-0.5))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(1e20), type(math.floor(2.5)).__name__, math.floor(-2**70), math.ceil(2**70))
print(float(10**308), float(-10**308), 10**308 / 10**307, 10**400 // 10**399, (10**400) // 3.0e300 if False else 1)
try:
    10**400 / 1
except OverflowError:
    print("OverflowError")
try:
    float(10**400)
except OverflowError:
    print("OverflowError2")
try:
    10**400 * 1.0
except OverflowError:
    print("OverflowError3")
print(1 / 3 * 3 == 1, 0.1 * 3 == 0.3, 2**0.5 * 2**0.5, 10**-2, 1e-2 == 0.01, 7 / 7, type(6 / 3).__name__)
