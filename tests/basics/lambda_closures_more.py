adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda *a, **k: (len(a), sorted(k)))(1, 2, z=3))
print((lambda: (yield))  is not None)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(outer())
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)())
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
y = 10
print((lambda: y)())
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
