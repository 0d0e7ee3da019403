# exceptions inside with blocks; suppression
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None, ev.args if ev else None)
        return self.suppress
with CM(True):
    raise ValueError('suppressed')
print('after suppressed')
try:
    with CM(False):
        raise KeyError('propagated')
except KeyError as e:
    print('caught', e.args)
try:
    with CM(True), CM(False):
        raise IndexError(1)
    print('outer suppressed inner error')
except IndexError:
    print('no')
class Bad:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with Bad():
        print('not run')
except RuntimeError:
    print('enter error')
class Raiser:
    def __enter__(self): return 1
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with Raiser():
        raise ValueError
except TypeError:
    print('exit raised TypeError')
