nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0, 1 < nan, nan == 1, nan != 1)
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan), (nan,) == (nan,))
n2 = float("nan")
print(n2 in l, [n2] == l, {nan: 1}.get(nan), {nan: 1}.get(n2), len({nan, nan}), len({nan, n2}))
print(max(1, nan), max(nan, 1), min(1, nan), sorted([3, 1, 2]), inf > 10**400, -inf < -10**400, inf == inf, inf - inf != inf - inf)
print(nan is nan, isinstance(nan, float), str(nan), repr(-nan), abs(nan), -inf, abs(-inf), inf * 0 != inf * 0, inf + 1, inf / 10**400 if False else inf)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.isnan(inf - inf), math.copysign(1, -nan) in (1.0, -1.0))
