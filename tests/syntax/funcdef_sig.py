# function signatures, lambdas, decorators, classes
def f1(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f1(1, c=3))
print(f1(1, 5, 6, 7, c=3, d=8, e=9))

def f2(a, b, /, c, *, d):
    return a, b, c, d
print(f2(1, 2, 3, d=4), f2(1, 2, c=3, d=4))

def f3(a=1, /, b=2, *, c=3):
    return a, b, c
print(f3(), f3(10), f3(10, 20, c=30))

def f4(*, a, b=2):
    return a, b
print(f4(a=1))

def f5(x: int, y: "str" = "s", *a: tuple, **k: dict) -> list:
    return [x, y, a, k]
print(f5(1))

def f6(
    a,
    b,
):
    return a + b
print(f6(1, 2))

print((lambda: 0)())
print((lambda x, y=1, *a, z=2, **k: (x, y, a, z, k))(5))
print((lambda *, a: a)(a=3))
print((lambda a, /, b: a - b)(5, 3))
print([(lambda i=i: i)() for i in range(3)])

def deco(fn):
    def wrapper(*a, **k):
        return ("deco", fn(*a, **k))
    return wrapper

def deco_arg(tag):
    def d(fn):
        return lambda *a: (tag, fn(*a))
    return d

@deco
@deco_arg("t")
def g(x):
    return x * 2
print(g(4))

class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw

class Meta(type):
    pass

class C(Base, metaclass=Meta):
    "doc"
    x = 1
    def m(self, /, a, *, b=2):
        return a + b
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return "prop"
print(C().m(1), C.s(), C.c(), C().p, type(C).__name__)

bases = (Base,)
class D(*bases): pass
print(D.__mro__[1].__name__)

def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner
print(outer()())

G = 0
def setg():
    global G
    G = 5
setg()
print(G)

print(f1(*[1, 2], *[3], c=4, **{'d': 5}, **{'z': 6}))
print(f1(1, c=2, *[3]))
