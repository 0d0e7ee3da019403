# generator send()
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield 'final %d' % total
g = acc()
print(g.send(None))
print(g.send(5))
print(g.send(10))
print(next(g))
def echo():
    r = None
    while True:
        r = yield r
g = echo()
next(g)
print([g.send(i) for i in range(4)])
g2 = echo()
try:
    g2.send(1)
except TypeError:
    print('TypeError send non-None to fresh generator')
def fin():
    x = yield 1
    print('received', x)
g = fin()
print(next(g))
try:
    g.send('last')
except StopIteration:
    print('StopIteration')
