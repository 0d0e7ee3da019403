# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda: 'noargs')())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (lambda y: x + y))(3)(4))
print(sq.__name__)
cond = lambda x: 'pos' if x > 0 else ('zero' if x == 0 else 'neg')
print(cond(1), cond(0), cond(-1))
