# the first iterable is evaluated immediately, the rest lazily
def src(name, n):
    print('evaluate', name)
    return range(n)
g = (x for x in src('outer', 2))
print('created')
print(list(g))
g = ((x, y) for x in range(2) for y in src('inner', 2))
print('created 2')
print(list(g))
try:
    g = (x for x in 5)
except TypeError:
    print('TypeError at creation')
x = 10
g = (x for _ in range(2))
x = 20
print(list(g))
gen = (i * i for i in range(5))
print(next(gen), next(gen), list(gen))
print(sorted(x for x in [3, 1, 2]))
print(''.join(c.upper() for c in 'abc'))
print(any(x > 2 for x in range(5)), all(x < 2 for x in range(5)))
def fn(*a):
    return a
print(fn(i for i in range(2))[0] is not None)
print(tuple(x for x in range(3) if x != 1))
nested = (list(y for y in range(x)) for x in range(3))
print(list(nested))
print(type(x for x in []).__name__)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError:
    print('ZeroDivisionError lazy')
