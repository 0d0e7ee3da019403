def g():
    try:
        raise ValueError('inner')
    except ValueError:
        yield 1
        raise
it = g()
print(next(it))
try:
    raise KeyError('caller')
except KeyError:
    pass
try:
    next(it)
except ValueError as e:
    print('re-raised', repr(e))

def g2():
    try:
        raise ValueError('v')
    except ValueError as e:
        yield e
        yield 'after'
    yield 'outside'
print(list(map(repr, g2())))

def g3():
    try:
        yield 1
    except Exception as e:
        yield 'caught ' + type(e).__name__
        try:
            yield 'nested'
        finally:
            yield 'nested finally'
it = g3()
print(next(it), it.throw(TypeError), next(it), next(it), next(it, 'end'))

def g4():
    with open_cm('a'):
        yield 'in with'
        with open_cm('b'):
            yield 'in nested with'
class open_cm:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
    def __exit__(self, *a):
        print('exit', self.n, a[0].__name__ if a[0] else None)
print(list(g4()))
it = g4()
next(it); next(it)
it.close()
it = g4()
next(it)
try:
    it.throw(RuntimeError)
except RuntimeError:
    print('RuntimeError out')

def ctx_gen():
    try:
        raise KeyError(1)
    except KeyError:
        yield
        try:
            raise IndexError
        except IndexError as e:
            print('ctx', type(e.__context__).__name__)
list(ctx_gen())
