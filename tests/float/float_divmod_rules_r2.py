import math
for a in [5.0, -5.0, 5.5, -5.5, 0.0, 1e-300, 1e300]:
    for b in [3, -3, 0.75, -0.75, 1e-300, math.inf, -math.inf]:
        q, r = divmod(a, b)
        print(a, b, q, r, a // b, a % b, math.fmod(a, b) if b else None)
for a, b in [(math.inf, 1), (-math.inf, 2.0), (math.nan, 1), (1, math.nan)]:
    try:
        print(a, b, a // b, a % b)
    except Exception as e:
        print(type(e).__name__)
