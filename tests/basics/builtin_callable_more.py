class A:
    pass
class B:
    def __call__(self):
        return 1
def f():
    pass
print(callable(A), callable(A()), callable(B), callable(B()))
print(callable(f), callable(lambda: 0), callable(print), callable(len))
print(callable(1), callable("s"), callable(None), callable([]))
print(callable(str.upper), callable("a".upper), callable(int))
print(callable(A.__init__))
class M:
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
    def m(self):
        pass
print(callable(M.s), callable(M.c), callable(M().m), callable(M.m))
