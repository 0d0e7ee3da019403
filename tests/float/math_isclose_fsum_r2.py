import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.09))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(1e308, 1.0000000001e308), math.isclose(-1, -1.0), math.isclose(5, 6, abs_tol=1), math.isclose(5, 6, abs_tol=0.999))
for bad in [dict(rel_tol=-1), dict(abs_tol=-0.1)]:
    try:
        math.isclose(1, 1, **bad)
    except ValueError:
        print("ValueError", bad)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(range(10)), math.fsum([1e308, 1e308, -1e308]) if False else 1)
print(math.fsum([0.1, 0.2, 0.3, -0.6]), math.fsum((x / 7 for x in range(1, 8))), math.fsum([1, 2**-60, -1]), math.fsum([-0.0, -0.0]))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 5]))
try:
    math.fsum([math.inf, -math.inf])
except ValueError:
    print("ValueError")
try:
    math.fsum([1e308, 1e308])
except OverflowError:
    print("OverflowError")
