# function decorators
def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(2, 3))
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'))
def d1(f):
    return lambda: 'd1(' + f() + ')'
def d2(f):
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def alpha(): pass
@register
def beta(): pass
print(registry, alpha() is None)
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Deco
def mul(a, b):
    return a * b
print(mul(3, 4), mul(5, 6), mul.calls)
