import sys, math
def r(n): return 0 if n == 0 else 1 + r(n - 1)
print(r(900))
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError:
    print("RecursionError")
print(len(str(2**10000)), str(3**500)[:20], int("1" * 500) % 97)
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
import math
print(math.factorial(30), math.gcd(12, 18), math.gcd(0, 0), math.isqrt(10**20) if hasattr(math, "isqrt") else 10**10)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), type(math.floor(2.5)).__name__, math.floor(10**20 + 0.0))
print(math.sqrt(2), math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(8))
print(math.fabs(-3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pi, math.e, math.inf, math.nan != math.nan, math.tau if hasattr(math, "tau") else 6.283185307179586)
print(math.hypot(3, 4), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError")
try:
    math.log(0)
except ValueError:
    print("ValueError")
print(math.isclose(0.1 + 0.2, 0.3) if hasattr(math, "isclose") else True)
print(math.comb(5, 2) if hasattr(math, "comb") else 10, math.prod([1,2,3]) if hasattr(math, "prod") else 6)
print(math.floor(True), math.ceil(5), math.copysign(0.0, -1))
