class A:
    def __eq__(self, o): return self is o or 'custom'
print(A() != A())
class A:
    __iter__ = None
try:
    iter(A())
except TypeError:
    print('TypeError iter None')
class A:
    def __init__(self): self.v = 1
a = A.__new__(A); print(hasattr(a, 'v')); A.__init__(a); print(a.v)
class Exc(Exception):
    def __bool__(self): return False
print(bool(Exc()), bool(Exception()))
