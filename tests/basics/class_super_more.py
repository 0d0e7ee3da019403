class A:
    def f(self):
        return "A"
    def __init__(self):
        self.tag = ["A"]
class B(A):
    def f(self):
        return "B" + super().f()
    def __init__(self):
        super().__init__()
        self.tag.append("B")
class C(A):
    def f(self):
        return "C" + super().f()
    def __init__(self):
        super().__init__()
        self.tag.append("C")
class D(B, C):
    def f(self):
        return "D" + super().f()
    def __init__(self):
        super().__init__()
        self.tag.append("D")
d = D()
print(d.f(), d.tag)
print([k.__name__ for k in D.__mro__])
print(super(B, d).f(), super(C, d).f())
class E(A):
    @classmethod
    def cm(cls):
        return super().f
    def g(self):
        return super(E, self).f()
print(E().g())
class S(str):
    def upper(self):
        return "S:" + super().upper()
print(S("abc").upper())
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L()
l.append(3)
print(l)
