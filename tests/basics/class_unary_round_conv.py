class C:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
c = C(); print(-c, +c, ~c, abs(c))
try:
    -object()
except TypeError:
    print('TypeError neg')
class C:
    def __round__(self, n=None): return ('round', n)
print(round(C()), round(C(), 2))
class C:
    def __int__(self): return 3
    def __float__(self): return 1.5
    def __complex__(self): return 2j
    def __bool__(self): return False
print(int(C()), float(C()), bool(C()))
class C:
    def __bytes__(self): return b'xy'
print(bytes(C()))
