class A:
    x = 1
    def __getattr__(self, name):
        return "dyn_" + name
a = A()
a.y = 2
print(a.x, a.y, a.zzz, getattr(a, "q"))
class B:
    def __init__(self):
        self.d = {}
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
b = B()
b.k = 5
print(b.k)
del b.k
print(hasattr(b, "k"))
class D:
    def __getattr__(self, name):
        raise AttributeError(name)
print(getattr(D(), "x", "default"), hasattr(D(), "x"))
