# *args and **kwargs in definitions
def f(*args):
    return type(args).__name__, args
print(f(), f(1), f(1, 'a', None))
def g(**kw):
    return type(kw).__name__, sorted(kw.items())
print(g(), g(a=1, b=2))
def h(a, *args, **kw):
    kw['added'] = True
    return a, args, sorted(kw)
d = {'x': 1}
print(h(0, 1, 2, **d), d)
def count(*a, **k):
    return len(a) + len(k)
print(count(*range(50), **{str(i): i for i in range(30)}))
def rec(n, *acc):
    if n == 0:
        return acc
    return rec(n - 1, *acc, n)
print(rec(5))
