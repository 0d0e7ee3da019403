# exceptions inside generators: try/finally, throw, close, yield from delegation
def g1():
    try:
        yield 1
        yield 2
    finally:
        print('g1 cleanup')
g = g1()
print(next(g))
g.close()
print('closed')

def g2():
    while True:
        try:
            x = yield
        except ValueError as e:
            print('g2 caught', e)
            yield 'recovered'
g = g2()
next(g)
print(g.throw(ValueError('boom')))
print(next(g))

def inner():
    try:
        yield 'i1'
        yield 'i2'
    except KeyError:
        yield 'inner handled'
    finally:
        print('inner finally')
    return 'inner result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'

g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
print(next(g, 'end'))

g = outer()
print(next(g))
g.close()
print('outer closed')

def g3():
    yield 1
    raise StopIteration('bad')
try:
    list(g3())
except RuntimeError as e:
    print('RuntimeError', e)

def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def g5():
    yield from [1, 2, 3]
    yield from range(2)
    return 'x'
print(list(g5()))

def g6():
    raise ValueError('in gen')
    yield
try:
    next(g6())
except ValueError as e:
    print('propagated', e)

def g7():
    g = yield 0
    try:
        next(g)
    except ValueError as e:
        print('already executing:', e)
    yield 1
g = g7()
next(g)
print(g.send(g))

# exception state inside generator vs caller
def g8():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'in handler'
        raise
g = g8()
print(next(g))
try:
    raise IndexError('caller')
except IndexError:
    try:
        next(g)
    except KeyError as e:
        print('reraised', repr(e))

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send('reset'), next(c))
