# __qualname__ of functions, lambdas, comprehensions and classes (PEP 3155)
def outer():
    def inner():
        def deepest():
            pass
        return deepest
    return inner

print(outer.__qualname__)
print(outer().__qualname__)
print(outer()().__qualname__)
print((lambda: 0).__qualname__)


class A:
    def m(self):
        return [lambda: 0 for _ in range(1)][0]

    class B:
        def f(self):
            pass

        class C:
            pass

    @staticmethod
    def s():
        pass


print(A.__qualname__, A.__name__)
print(A.m.__qualname__, A().m().__qualname__)
print(A.B.__qualname__, A.B.__name__, A.B.f.__qualname__, A.B.C.__qualname__)
print(A.s.__qualname__)
print('__qualname__' in A.__dict__)


def make_class():
    class Local:
        def g(self):
            pass
    return Local


L = make_class()
print(L.__qualname__, L.g.__qualname__, L.__name__)


def gen():
    yield 1


print(gen.__qualname__)
# type() with a __qualname__ in its namespace
T = type('T', (), {'__qualname__': 'X.T'})
print(T.__qualname__, T.__name__)
try:
    type('T', (), {'__qualname__': 1})
except TypeError as e:
    print('TypeError')
print(int.__qualname__)
