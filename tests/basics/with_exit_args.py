class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print('enter')
        return 'value'
    def __exit__(self, et, ev, tb):
        print('exit', et is None, type(ev).__name__, )
        return self.suppress

with CM() as v:
    print(v)
with CM(True):
    raise ValueError('x')
print('suppressed')
try:
    with CM(False):
        raise KeyError
except KeyError:
    print('not suppressed')

class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return 1
with Truthy():
    raise ValueError
print('truthy suppress')

def f():
    with CM():
        return 'ret'
print(f())

for i in range(3):
    with CM():
        if i == 1:
            break
print('i', i)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', type(e.__context__).__name__)

class EnterRaises:
    def __enter__(self):
        raise OSError('enter')
    def __exit__(self, *a):
        print('never')
try:
    with EnterRaises():
        print('never body')
except OSError:
    print('OSError')

with CM() as a, CM(True) as b:
    raise TypeError
print('multi')
try:
    with 5:
        pass
except (TypeError, AttributeError):
    print('not a cm')
