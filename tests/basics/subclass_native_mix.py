class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = "x"
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), m[1:], type(m[1:]).__name__, m.extra, isinstance(m, list))
print(m + [5], type(m + [5]).__name__, m == [1, 2, 3, 4])
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
d = MyDict(a=1)
print(d["a"], d.get("a"), dict(d), len(d))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hi", repr(s))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, int(i), hash(i) == hash(5))
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((9, 8))
print(t, t.first(), len(t), t + (1,))
class MyExc(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyExc("bad", 42)
except ValueError as e:
    print(e, e.code, e.args, type(e).__name__)
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, f * 2, type(f).__name__, isinstance(f, float))
class MySet(set):
    pass
print(sorted(MySet([3, 1])), type(MySet()).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1])
class Base:
    def __init__(self, v):
        self.v = v
class Child(Base):
    pass
print(Child(7).v)
class Obj(object):
    def __init__(self):
        super().__init__()
print(type(Obj()).__name__)
