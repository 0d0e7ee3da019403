def f(a, *, b=1, c):
    return a, b, c
print(f(0, c=2), f(0, c=2, b=5))
log = []
def mk(name):
    log.append(name)
    return name
def g(x=mk('x'), *, y=mk('y'), z=mk('z')):
    return x, y, z
print(log, g())
def h(*args, sep=' ', end=None):
    return sep.join(args), end
print(h('a', 'b'), h('a', 'b', sep='-', end='!'))
def k(a, b=2, /, c=3, *d, e, f=6, **g):
    return a, b, c, d, e, f, g
print(k(1, e=5))
print(k(1, 2, 3, 4, 5, e=0, f=1, z=2))
try:
    k(1, 2, b=3, e=1)
except TypeError:
    print('TypeError')
print(k(1, e=1, b=9))
