class A:
    pass
a = A()
b = A()
print(a == a, a == b, a != b, a != a, a is a, a is not b)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, E) and self.v == o.v
x, y = E(1), E(1)
print(x == y, x != y, x == 1, x != 1, 1 == x)
try:
    hash(x)
except TypeError:
    print("TypeError")
class N:
    def __ne__(self, o):
        return "custom ne"
print(N() != 1, N() == N())
class L:
    def __lt__(self, o):
        return "lt called"
print(L() < 1, 1 > L())
class H:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(H() == 5, type(hash(H())).__name__)
print([E(1), E(2)].index(E(2)), E(3) in [E(3)], [E(1)] == [E(1)], (E(1),) == (E(1),))
print({1: 2} == {1: 2.0}, [1, 2] == [1, 2.0], [float("nan")] == [float("nan")])
