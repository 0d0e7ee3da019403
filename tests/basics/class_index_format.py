class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
L = list(range(10))
print(L[I(3)], L[I(1):I(4)], hex(I(255)), bin(I(5)), oct(I(8)))
print('ab' * I(2), range(I(4)))
print((1, 2, 3)[I(-1)])
class F:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(F(), 'xyz'), '{:abc}'.format(F()), f'{F():q}', f'{F()}')
class S:
    def __str__(self):
        return 'str-form'
    def __repr__(self):
        return 'repr-form'
s = S()
print(s, str(s), repr(s), [s], (s,), {'k': s}, f'{s}', f'{s!r}', '%s %r' % (s, s))
print('{} {!r}'.format(s, s))
class OnlyRepr:
    def __repr__(self):
        return 'R!'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'S!'
print(OnlyStr(), repr(OnlyStr()).startswith('<'))
class IntLike:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(IntLike()), float(IntLike()))
