class A:
    def __eq__(self, o):
        return NotImplemented
a = A()
print(a == a, a == A(), a != a, a == 1)
class B:
    def __lt__(self, o):
        return NotImplemented
try:
    B() < B()
except TypeError:
    print("TypeError")
class C:
    def __gt__(self, o):
        return "C.gt"
print(B() < C())
for x, y in (([], ()), ({}, {}), (None, None), (1, "1"), ({1}, [1])):
    try:
        print(x < y)
    except TypeError:
        print("TypeError")
print({1} < {1, 2}, {1, 2} < {1, 2}, (1, "a") < (1, "b"), [1, 2] < [1, 2, -1], [(1, 2)] < [(1, 3)])
print([None] == [None], (None,) < (None, 1))
try:
    (None, 1) < (None, 2) and (1, None) < (1, 2)
except TypeError:
    print("TypeError")
class D:
    pass
d = D()
d.__class__ = D
print(type(d).__name__)
print(D.__dict__["__module__"] if "__module__" in D.__dict__ else "__main__")
def gen():
    yield 1
    return "r"
g = gen()
print(next(g), next(g, "dflt"), next(g, "dflt2"))
print(object.__new__(D).__class__ is D)
class E:
    x = 1
