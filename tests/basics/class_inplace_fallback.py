class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("add")
        return A(self.v + o)
class B(A):
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
a = A(1)
a0 = a
a += 5
print(a.v, a is a0)
b = B(1)
b0 = b
b += 5
print(b.v, b is b0)
l = [1]
l0 = l
l += [2]
print(l is l0, l)
t = (1,)
t0 = t
t += (2,)
print(t is t0, t)
class M:
    def __imul__(self, o):
        return "replaced"
m = M()
m *= 2
print(m)
class R:
    def __radd__(self, o):
        return "radd"
x = 1
x += R()
print(x)
s = {1}
s |= {2}
print(s)
class Sub:
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "sub-fallback"
q = Sub()
q -= 1
print(q)
