# staticmethod and classmethod
class A:
    n = 1
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.n + x
    @classmethod
    def make(cls):
        return cls()
class B(A):
    n = 100
print(A.s(3), A().s(4), B.s(5))
print(A.c(1), B.c(1), B().c(2))
print(type(A.make()).__name__, type(B.make()).__name__)
f = A.s
print(f(10))
class C:
    def helper(x):
        return x + 1
    helper = staticmethod(helper)
    def build(cls):
        return cls.__name__
    build = classmethod(build)
print(C.helper(1), C().helper(2), C.build())
