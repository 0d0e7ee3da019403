def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    yield 'after'
it = g()
print(next(it))
print(it.throw(ValueError('bad')))
print(next(it))
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated KeyError')
print(next(it, 'end'))

# throw into fresh generator
def h():
    try:
        yield 1
    finally:
        print('h finally')
x = h()
try:
    x.throw(RuntimeError)
except RuntimeError:
    print('fresh throw raised')
print(next(x, 'exhausted'))

# throw with class
def k():
    while True:
        try:
            yield
        except TypeError:
            print('type error inside')
z = k()
next(z)
z.throw(TypeError)
z.throw(TypeError('x'))
z.close()

# throw into exhausted generator
def one():
    yield 1
o = one()
list(o)
try:
    o.throw(IndexError)
except IndexError:
    print('IndexError from exhausted')
