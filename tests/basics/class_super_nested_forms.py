class Outer:
    class Inner:
        def f(self): return super().__repr__()[:7]
print(Outer.Inner().f())
class A:
    def f(self): return 'A'
class B(A):
    def f(self):
        sup = super()
        return 'B' + sup.f()
print(B().f())
class A:
    @classmethod
    def create(cls): return cls.__name__
class B(A):
    @classmethod
    def create(cls): return 'B>' + super().create()
print(B.create(), B().create())
class A:
    def __init__(self, *a, **k): print('A init', a, k)
class B(A):
    def __init__(self, *a, **k): super().__init__(*a, **k)
B(1, x=2)
class A:
    x = 'A.x'
class B(A):
    @property
    def x(self): return 'B.x>' + super().x
print(B().x)
