# binary operators and their reflected versions
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o):
        return N(o + self.v)
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o):
        return N(o - self.v)
    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))
    def __rmul__(self, o):
        return N(o * self.v)
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __pow__(self, o):
        return N(self.v ** o)
    def __rpow__(self, o):
        return N(o ** self.v)
    def __and__(self, o):
        return N(self.v & o)
    def __or__(self, o):
        return N(self.v | o)
    def __xor__(self, o):
        return N(self.v ^ o)
    def __lshift__(self, o):
        return N(self.v << o)
    def __rshift__(self, o):
        return N(self.v >> o)
    def __repr__(self):
        return 'N(%r)' % (self.v,)
a = N(6)
print(a + 1, 1 + a, a + a)
print(a - 1, 10 - a, a * 2, 3 * a)
print(a / 4, a // 4, a % 4, a ** 2, 2 ** a)
print(a & 3, a | 1, a ^ 5, a << 2, a >> 1)
print(sum([N(1), N(2), N(3)]))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return 'Right.__radd__'
print(Left() + Right())
try:
    Left() + 1
except TypeError:
    print('TypeError')
try:
    N(1) @ N(2)
except TypeError:
    print('TypeError matmul')
