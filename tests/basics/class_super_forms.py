class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
class B(A):
    def f(self):
        return 'B.f>' + super(B, self).f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    @staticmethod
    def s():
        return 'B.s>' + super(B, B).s()
class C(B):
    def f(self):
        return 'C.f>' + super(B, self).f()
    def g(self):
        return super().f()
print(C().f(), C().g())
print(B.c(), C.c())
print(B.s())
print(super(C, C()).f())

class Init:
    def __init__(self, x):
        self.x = x
class Child(Init):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
c = Child(1, 2)
print(c.x, c.y)

class P:
    @property
    def p(self):
        return 'P.p'
class Q(P):
    @property
    def p(self):
        return 'Q>' + super().p
print(Q().p)

class Lam(A):
    def f(self):
        g = lambda: super(Lam, self).f()
        return g()
print(Lam().f())

class Inner(A):
    def f(self):
        def helper(obj):
            return super(Inner, obj).f()
        return 'helper ' + helper(self)
print(Inner().f())
print(isinstance(super(B, B()), super))
