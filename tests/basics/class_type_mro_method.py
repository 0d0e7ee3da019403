class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.mro()])
print(D.mro() == list(D.__mro__))
print([k.__name__ for k in int.mro()], [k.__name__ for k in bool.mro()])
print(type(D.mro()).__name__)
