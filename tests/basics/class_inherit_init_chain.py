class A:
    def __init__(self): self.x = 1
class B(A):
    def __init__(self):
        super().__init__()
        self.y = 2
class C(B):
    pass
c = C(); print(c.x, c.y, vars(c) == {'x': 1, 'y': 2})
class Mix1:
    def hi(self): return 'm1 ' + super().hi()
class Mix2:
    def hi(self): return 'm2'
class Both(Mix1, Mix2): pass
print(Both().hi())
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Sub(Base):
    def __init__(self, a, **kw):
        super().__init__(**kw)
        self.a = a
s = Sub(1, b=2); print(s.a, s.kw)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
class Cnt2(Cnt): pass
Cnt(); Cnt2(); Cnt2(); print(Cnt.n, Cnt2.n)
class Abstract:
    def area(self): raise NotImplementedError
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Abstract().area()
except NotImplementedError:
    print('NotImplementedError')
print(Sq(3).area())
