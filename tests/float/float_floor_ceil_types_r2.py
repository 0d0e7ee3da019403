import math
for v in [2.5, -2.5, 3.0, -0.0, 1e-9, -1e-9, 2.0**52 + 0.5, 1e16, 123456.789]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v), int(v), v // 1, v % 1, math.modf(v), math.frexp(v))
for v in [7, -7, True, 2**80]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
