class T:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = T()
t.c = 100
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 5
except AttributeError:
    print("AttributeError")
del t.c
print(t.c)
print(type(T.c).__name__, isinstance(T.__dict__["c"], property))
class P:
    def getx(self):
        return "x"
    x = property(getx)
print(P().x)
class Sub(T):
    @property
    def c(self):
        return "sub"
print(Sub().c)
