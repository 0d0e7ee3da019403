# math module: constants and basic functions
import math
print(math.pi, math.e)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(-0.5))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3))
print(math.modf(3.25), math.modf(-3.25), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.ldexp(3, -1))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(0), math.log(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100, 10))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 8))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)):
    try:
        bad()
    except ValueError:
        print('ValueError')
try:
    math.factorial(-1)
except ValueError:
    print('ValueError')
