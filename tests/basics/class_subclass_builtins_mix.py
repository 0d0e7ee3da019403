class L(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self): return sum(self)
l = L(1, 2, 3); l.append(4); print(l, l.total(), len(l), l[1:], type(l[1:]).__name__)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d['a'], d['zz'], len(d))
class S(str):
    def shout(self): return self.upper() + '!'
s = S('hey'); print(s.shout(), s + 'x', type(s + 'x').__name__, isinstance(s, str), s == 'hey')
class I(int):
    def double(self): return self * 2
i = I(21); print(i.double(), i + 1, type(i + 1).__name__, I('7'), hash(I(5)) == hash(5))
class T(tuple):
    def first(self): return self[0]
t = T([1, 2]); print(t.first(), t, len(t))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('bad', 7)
except E as e:
    print(e, e.code, e.args)
