def g():
    yield 1
it = g()
print(list(it), list(it))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

def raises():
    yield 1
    raise ValueError('x')
r = raises()
print(next(r))
try:
    next(r)
except ValueError:
    print('ValueError')
print(next(r, 'exhausted after error'))

def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError:
    print('ValueError already executing')

gen = (x for x in range(3))
print(sum(gen), sum(gen))
print(type(g()).__name__)
def stopiter_inside():
    yield 1
    raise StopIteration
try:
    print(list(stopiter_inside()))
except RuntimeError:
    print('RuntimeError')
