x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5, 1 < 3 > 2 < 4, x == 5 == 5.0, 1 == 1 != 2)
print(0 <= x <= 5 >= 5, "a" < "b" < "c", [1] < [2] < [3], 3 > 2 > 1 > 0 > -1)
log = []
def v(k):
    log.append(k)
    return k
print(v(1) < v(0) < v(5), log)
log = []
print(v(1) < v(2) < v(3), log)
print(1 if x else 2, "yes" if x > 10 else "mid" if x > 3 else "no", (lambda: 1)() if x else None)
print(x in [5] in [[5]], 5 in [5] == [5], not x == 5, not 1 < 0)
print(None is None, [] is not [], x is not None)
