# __slots__ restricts instance attributes (when every class in the MRO has them)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x = 5
print(p.x, p.y)
for i in range(3):
    try:
        p.z = 3
    except AttributeError as e:
        print("AttributeError", e)
class Q(P):
    __slots__ = ['z']
q = Q(1, 2); q.z = 9; print(q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError", e)
class R(P):
    pass
r = R(1, 2); r.w = 5; print(r.w)
class S:
    __slots__ = 'only'
s = S(); s.only = 1
try:
    s.other = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    object.__setattr__(s, 'other', 2)
except AttributeError as e:
    print("AttributeError", e)
class T:
    __slots__ = ('a', '__dict__')
t = T(); t.b = 1; print(t.b)
class U:
    __slots__ = ()
try:
    U().x = 1
except AttributeError as e:
    print("AttributeError", e)
class V:
    __slots__ = ('v',)
    @property
    def double(self):
        return self.v * 2
    @double.setter
    def double(self, val):
        self.v = val // 2
vv = V(); vv.double = 10; print(vv.v, vv.double)
try:
    print(V().v)
except AttributeError as e:
    print("AttributeError unset")
class W:
    __slots__ = ('a',)
    cls_attr = 5
w = W()
try:
    w.cls_attr = 6
except AttributeError as e:
    print("AttributeError")
class Logged:
    __slots__ = ('a', 'log')
    def __setattr__(self, k, v):
        if k != 'log':
            self.log.append(k)
        object.__setattr__(self, k, v)
lg = Logged()
lg.log = []
lg.a = 1
lg.a = 2
try:
    lg.b = 3
except AttributeError:
    print("AttributeError b")
print(lg.a, lg.log)
class Del:
    __slots__ = ('d',)
dd = Del()
dd.d = 1
del dd.d
print(hasattr(dd, 'd'))
dd.d = 2
print(dd.d)
class Base:
    pass
class Child(Base):
    __slots__ = ('c',)
ch = Child()
ch.anything = 1
print(ch.anything)
