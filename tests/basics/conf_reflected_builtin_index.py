# Reflected operators of a user class against every built-in left operand, and objects with
# __index__ (with and without __rmul__) in repetition, indexing, sizes and conversions.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __rmul__(self, o): return ('rmul', o)
    def __radd__(self, o): return ('radd', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __rand__(self, o): return ('rand', o)
    def __ror__(self, o): return ('ror', o)
    def __rxor__(self, o): return ('rxor', o)
    def __rmatmul__(self, o): return ('rmatmul', o)
for left in [1, 1.5, 2**70, 1j, 'ab', b'ab', [1], (1,), {1}, {1: 2}, True, None, bytearray(b'x'), range(2), frozenset()]:
    v = V(1)
    r = []
    for op in ['*', '+', '-', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']:
        try:
            r.append(eval('left %s v' % op)[0])
        except TypeError:
            r.append('TE')
    try:
        r.append(divmod(left, v)[0])
    except TypeError:
        r.append('TE')
    print(type(left).__name__, r)
class Idx:
    def __index__(self): return 2
    def __rmul__(self, o): return 'Idx.rmul'
t(lambda: 'ab' * Idx())
t(lambda: [0] * Idx())
class Idx2:
    def __index__(self): return 2
t(lambda: 'ab' * Idx2())
t(lambda: Idx2() * 'ab')
t(lambda: (1, 2) * Idx2())
t(lambda: b'x' * Idx2())
t(lambda: bytearray(b'x') * Idx2())
t(lambda: [1][Idx2() - 1 if False else 0])
t(lambda: range(10)[Idx2()])
t(lambda: 'abcdef'[Idx2():Idx2() + 2 if False else 4])
t(lambda: [1, 2, 3].pop(Idx2()))
t(lambda: [1, 2, 3].insert(Idx2(), 0))
t(lambda: 'abc'.center(Idx2() + 5 if False else 7))
t(lambda: 'ab'.zfill(Idx2()))
t(lambda: (255).to_bytes(Idx2(), 'big'))
t(lambda: int('10', Idx2()))
t(lambda: round(1.2345, Idx2()))
t(lambda: chr(Idx2() + 63 if False else 65))
t(lambda: bytes(Idx2()))
t(lambda: bytearray(Idx2()))
t(lambda: list(range(Idx2())))
t(lambda: [1, 2, 3, 4][::Idx2()])
t(lambda: 'abc'.split('b', Idx2()))
t(lambda: hex(Idx2()) + oct(Idx2()) + bin(Idx2()))
t(lambda: '%d %x' % (Idx2(), Idx2()))
t(lambda: '{:d}'.format(Idx2()))
t(lambda: format(Idx2(), 'x'))
t(lambda: isinstance(Idx2(), int))
t(lambda: [10, 20, 30][Idx2()])
t(lambda: (10, 20, 30)[Idx2()])
t(lambda: memoryview(b'abc')[Idx2()])
t(lambda: bytearray(b'abc')[Idx2()])
def f():
    l = [1, 2, 3]; l[Idx2()] = 9; del l[Idx2() - 2 if False else 0]; return l
t(f)
t(lambda: divmod(Idx2(), 1))
t(lambda: Idx2() + 1)
t(lambda: int(Idx2()) + float(Idx2()) + complex(Idx2()).real)
import math
t(lambda: math.factorial(Idx2()))
t(lambda: math.gcd(Idx2(), 4))
t(lambda: math.comb(Idx2() + 3, Idx2()))
t(lambda: math.isqrt(Idx2()))
t(lambda: math.sqrt(Idx2()))
