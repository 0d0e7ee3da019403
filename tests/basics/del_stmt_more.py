x = 1
del x
try:
    x
except NameError:
    print("NameError")
l = [0, 1, 2, 3, 4]
del l[0], l[-1]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class A:
    pass
a = A()
a.p = 1
a.q = 2
del a.p
print(hasattr(a, "p"), a.q)
try:
    del a.p
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print("NameError")
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return "unbound"
print(f())
try:
    del (1, 2)[0]
except TypeError:
    print("TypeError")
l = list(range(5))
del l[:]
print(l)
def g():
    global gx
    gx = 1
    del gx
g()
print("gx" in globals())
