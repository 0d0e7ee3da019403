# math functions on ints of any size
import math
print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.comb(10 ** 20, 2), math.perm(10, 3), math.perm(5), math.perm(5, 0))
print(math.gcd(), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(2 ** 100, 2 ** 80 * 3), math.gcd(0, -5))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2 ** 70, 3 ** 40))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1), math.isqrt(4611686018427387903))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), math.floor(1e300) == 10 ** 300, math.floor(7))
print(math.log(2 ** 2000), math.log2(2 ** 3000), math.log10(10 ** 500), math.log(10 ** 400, 10), math.log(8, 2))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2] * 100), math.prod([1.5, 2], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.hypot(), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.hypot(-5))
for e in ['math.factorial(-1)', 'math.factorial(2.0)', 'math.comb(-1, 2)', 'math.isqrt(-1)', 'math.sqrt(-1)', 'math.log(0)',
          'math.exp(1000)', 'math.pow(0, -1)', 'math.floor(float("inf"))', 'math.floor(float("nan"))', 'math.gamma(0)',
          'math.fsum([float("inf"), float("-inf")])', 'math.dist((1,), (1, 2))', 'math.atanh(1)', 'math.fmod(1, 0)']:
    try:
        print(eval(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
class F:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
print(math.floor(F()), math.ceil(F()))
