class E(Exception):
    def __repr__(self):
        return 'E-repr'
e = E('message')
print(str(e), repr(e), '%s|%r' % (e, e), [e])
class S(str):
    def __repr__(self):
        return 'S-repr'
s = S('text')
print(str(s), repr(s), s, [s], f'{s}')
class L(list):
    def __repr__(self):
        return 'L-repr'
l = L([1])
print(str(l), repr(l), l)
class I(int):
    def __repr__(self):
        return 'I-repr'
print(str(I(5)), repr(I(5)))
class Both(Exception):
    def __str__(self):
        return 'Both-str'
print(str(Both('x')), repr(Both('x')))
