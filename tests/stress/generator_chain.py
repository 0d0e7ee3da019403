# deep chains of generators
g = iter(range(1000))
for i in range(100):
    g = (x + 1 for x in g)
print(sum(g))
def passthru(it):
    for v in it:
        yield v
h = iter(range(500))
for i in range(150):
    h = passthru(h)
print(sum(h))
def yf(n):
    if n == 0:
        yield 'bottom'
    else:
        yield from yf(n - 1)
print(list(yf(150)))
def count():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
evens = (v for v in count() if v % 2 == 0)
print(list(take(10, evens)), sum(take(10000, count())))
