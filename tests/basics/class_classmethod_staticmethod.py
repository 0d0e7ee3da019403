class A:
    count = 0
    def __init__(self):
        A.count += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
class B(A):
    pass
print(A.make().__class__.__name__, B.make().__class__.__name__, A.count)
print(A.name(), B.name(), B().name(), A.add(1, 2), A().add(3, 4), B.add(5, 6))
sm = A.__dict__["add"]
print(type(sm).__name__, type(A.__dict__["make"]).__name__)
class C:
    def f(self):
        return self
c = C()
print(c.f() is c, C.f(c) is c)
m = c.f
print(m() is c, m.__self__ is c, m.__func__ is C.f)
try:
    C.f()
except TypeError:
    print("TypeError")
