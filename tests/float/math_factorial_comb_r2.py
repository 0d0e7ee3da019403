import math
print([math.factorial(i) for i in range(0, 15)], math.factorial(30), len(str(math.factorial(200))))
for bad in [-1, 2.5, "3"]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print("err", repr(bad), type(e).__name__)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25), math.comb(100, 3))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
for args in [(-1, 2), (5, -1)]:
    for f in (math.comb, math.perm):
        try:
            f(*args)
        except ValueError:
            print("ValueError", f is math.comb, args)
try:
    math.comb(5.0, 2)
except TypeError:
    print("TypeError")
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**100, 2**60 * 3), math.gcd(7), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(), math.lcm(2, 3, 4), math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1))
try:
    math.isqrt(-1)
except ValueError:
    print("ValueError isqrt")
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.dist([0, 0], [3, 4]), math.dist((1,), (4,)), math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3))
