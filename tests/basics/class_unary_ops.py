# unary operator methods and abs
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(self.v + 0.5)
    def __invert__(self):
        return U(~self.v)
    def __abs__(self):
        return U(abs(self.v))
    def __repr__(self):
        return 'U(%s)' % self.v
u = U(3)
print(-u, +u, ~u, abs(U(-4)), -(-u))
class NoNeg:
    pass
try:
    -NoNeg()
except TypeError:
    print('TypeError')
