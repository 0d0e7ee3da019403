def g(n):
    for i in range(n):
        yield i * i
print(list(g(5)), tuple(g(3)), set(g(4)) == {0, 1, 4, 9}, dict(enumerate(g(3))), sum(g(10)), max(g(6)), min(g(6), default=7), sorted(g(4), reverse=True))
print("-".join(str(x) for x in g(4)), any(x > 10 for x in g(5)), all(x < 100 for x in g(5)), list(zip(g(3), "abc")), list(map(str, g(3))))
print(bytes(g(4)), bytearray(x % 256 for x in g(20))[:5], list(reversed(list(g(3)))), [*g(3), *"ab"], {*g(3)} == {0, 1, 4})
it = g(5)
print(next(it), next(it), list(it), next(it, "done"))
x, *y = g(4)
print(x, y)
print(list(filter(lambda v: v % 2, g(8))), list(enumerate(g(3), 10)), dict(zip("abc", g(3))))
