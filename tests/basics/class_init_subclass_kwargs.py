class Base:
    subclasses = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key is not None:
            Base.subclasses[key] = cls
        cls.key = key
class A(Base, key='a'):
    pass
class B(Base, key='b'):
    pass
class C(A):
    pass
print(sorted(Base.subclasses), Base.subclasses['a'] is A, C.key, A.key)
try:
    class D(Base, unknown=1):
        pass
except TypeError:
    print('TypeError unexpected class keyword')
class Opts:
    def __init_subclass__(cls, *, size=1, color='red'):
        cls.opts = (size, color)
class O1(Opts, color='blue'):
    pass
class O2(Opts, size=3):
    pass
print(O1.opts, O2.opts)
