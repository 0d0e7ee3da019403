def trace(fn):
    def wrap(*a, **k):
        print("call", fn.__name__, len(a), sorted(k.items()))
        return fn(*a, **k)
    return wrap
def rep(n):
    def deco(fn):
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return w
    return deco
@trace
@rep(2)
def hello(x, y=0):
    return x + y
print(hello(1, y=2))
def register(reg):
    def d(cls):
        reg.append(cls.__name__)
        return cls
    return d
R = []
@register(R)
class Foo:
    pass
@register(R)
class Bar:
    pass
print(R)
def add_attr(f):
    f.tag = "tagged"
    return f
@add_attr
def g():
    pass
print(g.tag)
class C:
    @trace
    def m(self, v):
        return v * 2
print(C().m(4))
deco_list = [lambda f: (lambda: f() + 1)]
@deco_list[0]
def three():
    return 2
print(three())
