def f(a, b=2):
    """doc"""
    return a
print(f.__name__)
f.custom = 'attr'
print(f.custom)
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
class C:
    def m(self):
        pass
c = C()
print(c.m.__name__, C.m.__name__)
print(c.m.__self__ is c, c.m.__func__ is C.m)
print(c.m == c.m, c.m != C().m)
bound = c.m
print(bound() is None)
def g():
    pass
print(callable(g), callable(c.m))
