class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", 99))
print(getattr(a, "z", None))
try:
    getattr(a, "z")
except AttributeError:
    print("AttributeError")
print(hasattr(a, "x"), hasattr(a, "zz"), hasattr(A, "y"))
setattr(a, "z", 3)
print(a.z)
delattr(a, "z")
print(hasattr(a, "z"))
try:
    delattr(a, "z")
except AttributeError:
    print("AttributeError")
print(getattr(1, "real"), getattr("s", "upper")())
try:
    getattr(a, 1)
except TypeError:
    print("TypeError")
class G:
    def __getattr__(self, n):
        if n == "magic":
            return 7
        raise AttributeError(n)
g = G()
print(getattr(g, "magic"), getattr(g, "other", "dflt"), hasattr(g, "other"))
