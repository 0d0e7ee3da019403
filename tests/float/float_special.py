# inf, nan and signed zero
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf * 2, -inf * -1, inf - inf, inf * 0, inf / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(float('Infinity'), float('-infinity'), float('NAN'), float('INF'))
print(1e309, -1e309, 1e308 * 10)
z = -0.0
print(z, 0.0 == z, str(z), repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0, abs(z))
print(1 / inf, -1 / inf)
import math
print(math.isinf(inf), math.isnan(nan), math.isinf(nan), math.isnan(inf), math.isfinite(1.0), math.isfinite(inf))
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.copysign(2.0, 0.0))
print(max(1.0, inf), min(-inf, 0), sorted([inf, -inf, 0.0, 1.0]))
print(int(2.0 ** 1023 * 1.5) > 0, 2.0 ** 1023 * 2)
