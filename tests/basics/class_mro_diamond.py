class A:
    def who(self):
        return ['A']
class B(A):
    def who(self):
        return ['B'] + super().who()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([k.__name__ for k in W.__mro__])

class Base:
    val = 'base'
class L(Base):
    pass
class R(Base):
    val = 'R'
class M(L, R):
    pass
print(M.val)
print(M.__bases__ == (L, R), Base.__bases__ == (object,))
try:
    class Bad(A, B):
        pass
except TypeError:
    print('TypeError inconsistent mro')
