# object.__lt__/__le__/__gt__/__ge__ answer NotImplemented; super() ordering methods in user
# classes and subclasses of int.
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        r = super().__lt__(o)
        return r if r is not NotImplemented else ('fallback', self.v < o.v)
print(A(1) < A(2), object().__lt__(1), object.__ge__(1, 2), hasattr(A(1), '__gt__'))
class I(int):
    def __lt__(self, o): return super().__lt__(o)
    def __ge__(self, o): return ('ge', super().__ge__(o))
print(I(1) < 2, I(3) >= 2, (5).__lt__(6), int.__gt__(5, 1), (5).__lt__('a'))
try:
    A(1) > A(2)
except TypeError as e:
    print('TypeError')
print(sorted([A(3), A(1)], key=lambda a: a.v)[0].v)
