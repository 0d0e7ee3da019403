# super() forms
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
class B(A):
    def f(self):
        return 'B.f+' + super().f()
    @classmethod
    def c(cls):
        return 'B.c+' + super().c()
class C(B):
    def f(self):
        return 'C.f+' + super(C, self).f()
    def skip(self):
        return super(B, self).f()
print(C().f())
print(C().skip())
print(C.c())
print(B().f())
class Base:
    def __init__(self, v):
        self.v = v
class Sub(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = Sub(1, 2)
print(s.v, s.w)
class Meth(A):
    def f(self):
        g = lambda: super(Meth, self).f()
        return 'Meth+' + g()
print(Meth().f())
