class A:
    __slots__ = ("x",)
    def __init__(self): self.x = 1
print(A().x)
class M(type):
    pass
print(type(A).__name__)
print(A.__name__, A.__qualname__ if hasattr(A, "__qualname__") else "A", A.__module__ if hasattr(A,"__module__") else "__main__")
class B:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
class C(B): pass
class E:
    def __iter__(self):
        yield 1; yield 2
print(list(E()), 2 in E(), sum(E()))
class F:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(F()), 1 in F())
class G:
    def __index__(self): return 2
print([1,2,3][G()], "abc"[G()], bin(G()), range(G()))
class H:
    def __format__(self, spec): return "H(" + spec + ")"
print(format(H(), "xyz"), "{:abc}".format(H()), f"{H():q}")
class K:
    def __str__(self): return "strK"
    def __repr__(self): return "reprK"
print(K(), [K()], str(K()), repr(K()), f"{K()}", f"{K()!r}", "%s %r" % (K(), K()))
class N:
    def __bool__(self): return False
print(bool(N()), not N(), N() or "alt")
class Cnt:
    def __len__(self): return 0
print(bool(Cnt()))
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2))
o = object()
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
class Desc:
    def __get__(self, obj, typ): return ("get", obj is None)
    def __set__(self, obj, v): print("set", v)
class U:
    d = Desc()
u = U()
print(U.d, u.d)
u.d = 5
print(vars(u) if True else None)
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
print(WithNew(3).v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
