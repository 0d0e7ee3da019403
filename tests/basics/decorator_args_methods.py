def retry(times):
    def deco(fn):
        def wrapper(*args, **kw):
            for attempt in range(times):
                try:
                    return fn(*args, **kw)
                except ValueError as e:
                    print('attempt', attempt, 'failed:', e)
            return 'gave up'
        return wrapper
    return deco
class Flaky:
    def __init__(self):
        self.calls = 0
    @retry(3)
    def go(self, ok_after):
        self.calls += 1
        if self.calls <= ok_after:
            raise ValueError('call %d' % self.calls)
        return 'ok after %d' % self.calls
print(Flaky().go(1))
print(Flaky().go(5))
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
def typed(*types):
    def deco(fn):
        def w(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('bad arg')
            return fn(*args)
        return w
    return deco
@typed(int, str)
def rep(n, s):
    return s * n
print(rep(2, 'ab'))
try:
    rep('x', 'y')
except TypeError as e:
    print('TypeError', e)
def method_deco(fn):
    def w(self, *a):
        return 'wrapped(' + fn(self, *a) + ')'
    return w
class K:
    name = 'K'
    @method_deco
    def show(self, x):
        return self.name + x
    @classmethod
    @method_deco
    def cshow(cls, x):
        return cls.name + x
print(K().show('!'), K.cshow('?'))
def class_deco(cls):
    orig = cls.__init__
    def __init__(self, *a, **k):
        orig(self, *a, **k)
        self.decorated = True
    cls.__init__ = __init__
    return cls
@class_deco
class P:
    def __init__(self, v):
        self.v = v
p = P(3)
print(p.v, p.decorated)
