import math
vals = []
x = 1.0
for i in range(60):
    vals.append(x)
    x = x * 1.7 + 0.013
vals += [1 / i for i in range(1, 40)] + [math.pi * 10**k for k in range(-20, 21, 4)] + [2.0**k for k in range(-60, 61, 13)]
bad = 0
for v in vals:
    if float(repr(v)) != v or float(str(v)) != v:
        bad += 1
print(len(vals), bad)
print([repr(v) for v in vals[::9]])
print([str(round(v, 3)) for v in vals[40:50]])
