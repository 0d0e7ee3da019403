vals = [0, 1, -1, 2**62, 2**63, -2**63, 2**64, 10**30, -10**30, 0.5, -0.5, 1e30, True, False]
for a in vals:
    print(a, [int(a < b) for b in vals], [int(a == b) for b in vals])
print(max(vals), min(vals), sorted(vals, key=lambda v: (v, type(v).__name__))[:4])
