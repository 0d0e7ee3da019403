inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-nan"), float(" inf "), float("INF"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 + 0.0, 0.0 * -1, abs(-0.0), -(0.0))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(math.copysign(1, -0.0), math.copysign(1, 0.0), math.copysign(3, -inf))
print(max(inf, 1), min(-inf, 1), int(1e18), int(-1e18), int(1.9), int(-1.9))
for v in (inf, -inf):
    try:
        int(v)
    except OverflowError:
        print("OverflowError")
try:
    int(nan)
except ValueError:
    print("ValueError")
print(float("1e400"), float("-1e400"), float("1e-400"), 1e-320 > 0)
print(inf % 5 if False else nan != nan, 5 % inf, -5 % inf, 5.0 // inf, -5.0 // inf)
print([x for x in (1.0, nan, 2.0) if x == x])
print(nan in [nan], [nan] == [nan])
