class R:
    def __radd__(self, o): return 'radd %r' % (o,)
    def __rsub__(self, o): return 'rsub'
    def __rmul__(self, o): return 'rmul'
    def __rtruediv__(self, o): return 'rtruediv'
    def __rfloordiv__(self, o): return 'rfloordiv'
    def __rmod__(self, o): return 'rmod'
    def __rpow__(self, o): return 'rpow'
    def __rlshift__(self, o): return 'rlshift'
    def __rrshift__(self, o): return 'rrshift'
    def __rmatmul__(self, o): return 'rmatmul'
r = R()
print(1 + r, 1 - r, 2 * r, 1 / r, 1 // r, 1 % r, 2 ** r, 1 << r, 1 >> r, 1 @ r, [1] + r, 'a' + r, 1.5 + r)
class Sub(int):
    def __radd__(self, o): return 'sub radd'
    def __add__(self, o): return 'sub add'
print(1 + Sub(2), Sub(2) + 1)
class V:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __ior__(self, o): self.v |= o; return self
x = V(1); y = x; x += 4; x -= 1; x *= 3; x |= 1; print(x.v, y is x)
