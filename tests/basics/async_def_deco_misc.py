async def f(): pass
c = f()
print(type(c).__name__)
c.close()
def deco(cls):
    cls.extra = 1
    return cls
@deco
class X:
    pass
print(X.extra)
print(type(lambda: 0).__name__, (lambda: 0).__name__)
class C:
    def m(self): return 1
print(C().m.__func__ is C.m, C.m(C()))
