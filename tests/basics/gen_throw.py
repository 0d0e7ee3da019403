# generator throw()
def g():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            print('caught inside', e.args)
            yield 'recovered'
gen = g()
print(next(gen))
print(gen.throw(ValueError('x')))
print(next(gen))
try:
    gen.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e.args)
try:
    next(gen)
except StopIteration:
    print('generator finished')
def h():
    try:
        yield 1
    finally:
        print('h finally')
gen = h()
next(gen)
try:
    gen.throw(TypeError())
except TypeError:
    print('TypeError out')
def fresh():
    yield 1
gen = fresh()
try:
    gen.throw(IndexError())
except IndexError:
    print('thrown into unstarted generator')
def ret_on_throw():
    try:
        yield 1
    except ValueError:
        return 'done'
gen = ret_on_throw()
next(gen)
try:
    gen.throw(ValueError())
except StopIteration as e:
    print('StopIteration', e.args)
