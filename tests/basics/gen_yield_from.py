# yield from delegation
def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o1'
g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    next(g)
except StopIteration:
    print('done')
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)
print(list(tree(3)))
def catching():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'handled'
def deleg():
    yield from catching()
g = deleg()
next(g)
print(g.throw(ValueError()))
def closing():
    try:
        yield 1
    finally:
        print('inner closed')
def deleg2():
    yield from closing()
g = deleg2()
next(g)
g.close()
def yf_iter():
    yield from iter([10, 20])
    return 5
def get():
    v = yield from yf_iter()
    yield v
print(list(get()))
