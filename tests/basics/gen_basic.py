# basic generators
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)))
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
try:
    next(g)
except StopIteration:
    print('StopIteration again')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    return
    yield 2
print(list(with_return()))
def empty():
    return
    yield
print(list(empty()))
def states():
    print('start')
    yield 'a'
    print('middle')
    yield 'b'
    print('end')
for s in states():
    print('got', s)
print(next(iter(gen(2))))
g = gen(2)
print(iter(g) is g)
def yexpr():
    x = yield
    print('x =', x)
y = yexpr()
next(y)
try:
    next(y)
except StopIteration:
    print('done')
