def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
print(f(**{'b': 1}, a=2))
def g(a, b, c):
    return a, b, c
print(g(c=3, a=1, b=2))
def h(*a, **k):
    return a, k
print(h(1, 2, x=3, y=4))
class C:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = C(p=1, q=2)
print(c.p, c.q)
def deep(**kw):
    return inner(**kw)
def inner(**kw):
    return sorted(kw)
print(deep(a=1, b=2))
