# subclassing int
class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return 'MyInt(%d)' % int(self)
m = MyInt(21)
print(m.double(), m + 1, m == 21, isinstance(m, int), repr(m))
print(type(m + 1).__name__)
class Flag(int):
    pass
f = Flag(5)
print(f & 4, f | 2, int(f), hash(f) == hash(5), f < 10)
print({f: 'v'}[5])
class Big(int):
    pass
b = Big(2 ** 70)
print(b, b // 2, b > 2 ** 69)
