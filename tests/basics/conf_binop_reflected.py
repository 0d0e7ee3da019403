# Reflected and in-place operator fallbacks: NotImplemented chains, same-type operands
# (no reflected call), subclass-first order, and the in-place operator named in errors.
class A:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'A.radd'
    def __iadd__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return 'B.radd'
print(1 + A(), A() + B())
try:
    A() + A()     # same type: __radd__ is not tried
except TypeError as e:
    print('TypeError', e)
a = A()
a += B()
print(a)
try:
    a = A()
    a += 1
except TypeError as e:
    print('TypeError', e)
# comparisons do try the reflection for the same type
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return 'gt(%d,%d)' % (self.v, o.v)
print(C(1) < C(2))
# a subclass on the right overriding the reflected method goes first
class Base:
    def __mul__(self, o):
        return 'Base.mul'
    def __rmul__(self, o):
        return 'Base.rmul'
class Derived(Base):
    def __rmul__(self, o):
        return 'Derived.rmul'
print(Base() * Derived(), Derived() * Base(), Base() * Base())
# in-place on built-in types: the message names the augmented operator
for stmt in ['x = 5; x += "a"', 'x = [1]; x -= [1]', 'x = {1}; x -= [1]', 'x = "a"; x *= 1.5', 'x = 2; x **= None', 'x = 1.0; x //= "2"']:
    try:
        exec(stmt)
    except TypeError as e:
        print('TypeError', e)
# __iadd__ returning a value, and falling back to __add__ when absent
class D:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return D(self.v + o)
    def __repr__(self):
        return 'D(%r)' % self.v
d = D(1)
d += 5
print(d)
class E(list):
    def __iadd__(self, o):
        return 'E.iadd'
e = E()
e += [1]
print(e)
