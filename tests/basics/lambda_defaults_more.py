f = lambda: 1
g = lambda x, y=2: x + y
h = lambda *a, **k: (a, sorted(k.items()))
print(f(), g(1), g(1, 5), g(y=3, x=1), h(1, 2, z=3))
print((lambda x: lambda y: x * y)(3)(4))
print(list(map(lambda s: s[::-1], ["ab", "cd"])))
print(sorted([3, -1, 2], key=lambda v: (v % 2, v)))
k = lambda *, a=1: a
print(k(), k(a=5))
print((lambda: (yield 1)) is not None)
fs = {"sq": lambda v: v * v, "neg": lambda v: -v}
print(fs["sq"](5), fs["neg"](5))
print(f.__name__, (lambda: 0).__name__)
