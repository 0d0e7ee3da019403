# divmod on floats and invariant q*b + r == a
import math
for a in (10.5, -10.5, 3.0, -0.25, 1e10):
    for b in (3.0, -3.0, 0.5, 7):
        q, r = divmod(a, b)
        print(a, b, q, r, math.isclose(q * b + r, a))
