# None, Ellipsis and NotImplemented singletons
print(None, repr(None), type(None).__name__, None is None, None == None, None == 0)
print(..., Ellipsis is ..., repr(...))
print(NotImplemented is NotImplemented)
def f():
    pass
print(f() is None)
def g():
    ...
print(g())
x = None
print(x is not None, not x, [None] * 2)
