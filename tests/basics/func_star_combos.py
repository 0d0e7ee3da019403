def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, *[2, 3], 4, *(5,)))
print(f(a=1, **{'b': 2}, c=3, **{'d': 4}))
print(f(*'ab', *range(2), x=1))
print(f(*(), **{}))

def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(*[1, 2, 3], **{'c': 0, 'z': 9}))

def h(x, y, z):
    return x * 100 + y * 10 + z
print(h(*[1], *[2], *[3]))
print(h(1, *(2,), z=3))
print(h(**{'z': 1, 'y': 2, 'x': 3}))
args = iter([7, 8, 9])
print(h(*args))
def gen():
    yield 1
    yield 2
print(h(*gen(), 3))
d = {'y': 5}
print(h(4, z=6, **d))

def kw_only_star(*, a, b):
    return a - b
print(kw_only_star(b=1, a=10))
print((lambda *a, **k: (a, k))(1, k=2))
