# descriptor protocol (__get__ / __set__)
class Typed:
    def __init__(self, name, kind):
        self.name = '_' + name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('bad type')
        setattr(obj, self.name, value)
class Rec:
    n = Typed('n', int)
    s = Typed('s', str)
    def __init__(self, n, s):
        self.n = n
        self.s = s
r = Rec(1, 'a')
print(r.n, r.s)
r.n = 5
print(r.n)
try:
    r.n = 'x'
except TypeError:
    print('TypeError')
print(isinstance(Rec.n, Typed))
class Const:
    def __get__(self, obj, owner):
        return 'const'
class H:
    c = Const()
print(H().c, H.c)
