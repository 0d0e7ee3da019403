class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return 'Vec%r' % (tuple(self.c),)
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return Vec(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print('radd', o)
        return self + o
    def __iadd__(self, o):
        print('iadd')
        self.c = [a + o for a in self.c]
        return self
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k):
        return Vec(*[a ** k for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a)
print(-a, +a, abs(Vec(3, 4)), ~a)
print(a / 2, Vec(7, 8) // 3, Vec(7, 8) % 3, a ** 2, a @ b)
c = a
c += 10
print(c, a, c is a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    a + 'x'
except TypeError:
    print('TypeError')
class OnlyAdd:
    def __add__(self, o):
        return 'added'
x = OnlyAdd()
x += 1
print(x)
class Shift:
    def __lshift__(self, n): return 'lshift %d' % n
    def __rshift__(self, n): return 'rshift %d' % n
    def __and__(self, n): return 'and'
    def __or__(self, n): return 'or'
    def __xor__(self, n): return 'xor'
    def __rand__(self, n): return 'rand'
    def __ror__(self, n): return 'ror'
    def __rxor__(self, n): return 'rxor'
s = Shift()
print(s << 2, s >> 3, s & 1, s | 1, s ^ 1, 1 & s, 1 | s, 1 ^ s)
