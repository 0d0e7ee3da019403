vals = [7, -7, 2, -2, 1, -1, 10**20 + 3, -(10**20 + 3), 3 * 2**64, 13]
for a in vals:
    for b in vals:
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a in [7.5, -7.5, 0.0, -0.0, 1e300]:
    for b in [2, -2, 0.5, -0.5, 3.0, 10**20]:
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10**30, 0)]:
    for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a / b):
        try:
            op()
        except ZeroDivisionError:
            print("ZeroDivisionError", a, b)
