r = range(3, 100, 7)
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(None, None, 3), slice(10, 2, -2), slice(-1, -100, -4), slice(100, 200), slice(1, 2, 100)]:
    s = r[sl]
    print(s, list(s) == list(r)[sl], len(s))
print(range(10)[-1], range(-10)[::-1], range(0, -5, -1)[1:3], range(5)[::-1][::-1], range(0, 1)[::-1])
print(list(range(10, 0, -3)), list(range(-3, 3, 2)), len(range(0, 10**6, 7)), range(0, 10**6, 7)[-1], 999999 in range(0, 10**6, 7), 999998 in range(0, 10**6, 7))
print(hash(range(3)) == hash(range(3)) if True else 0, range(3) == range(0, 3, 1), range(2, 2) == range(5, 5), [range(2)] == [range(0, 2)])
print(repr(range(1, 5, 2)), str(range(0, 3)), repr(range(-1, -5, -1)), range(5).index(4), range(5).count(10))
it = iter(range(3))
print(next(it), list(it), list(it))
