# Attribute lookup on classes made by a user metaclass: the class before the metaclass
# (A.m, A.__init__), metaclass properties, __getattr__, __setattr__ and __repr__; metaclass
# registries, singletons and counters; object.__new__ and A.__new__ with such classes.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class Meta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.inited = name
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
    def __getattr__(cls, name):
        return 'meta-getattr-' + name
    @property
    def prop(cls):
        return 'prop of ' + cls.__name__
    def m(cls):
        return 'Meta.m'
class A(metaclass=Meta):
    def m(self):
        return 'A.m'
t(lambda: A.inited)
t(lambda: repr(A))
t(lambda: str(A))
t(lambda: A.missing)
t(lambda: A.prop)
t(lambda: A().m())
t(lambda: A.m.__name__)
t(lambda: repr(A.m)[:16])
t(lambda: hasattr(A(), 'prop'))
t(lambda: A().missing)
class B(A): pass
t(lambda: (B.inited, repr(B), B.prop))
t(lambda: [repr(c) for c in B.__mro__])
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class C(metaclass=Counted):
    def __init__(self, v): self.v = v
t(lambda: (C(1).v, C(2).v, Counted.count))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a)
        return Singleton._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, x): self.x = x
t(lambda: (S(1) is S(2), S(3).x))
class SetMeta(type):
    def __setattr__(cls, n, v):
        print('meta setattr', n)
        super().__setattr__(n, v)
class D(metaclass=SetMeta): pass
def f():
    D.q = 5
    return D.q, D().q
t(f)
class AutoReg(type):
    registry = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(cls)
        return cls
class Plugin(metaclass=AutoReg): pass
class P1(Plugin): pass
class P2(Plugin): pass
t(lambda: [c.__name__ for c in AutoReg.registry])
t(lambda: AutoReg.registry[1] is P1)
t(lambda: P1 in AutoReg.registry)
t(lambda: issubclass(AutoReg.registry[2], Plugin))
def deco(cls):
    class Wrapped(cls):
        extra = True
    return Wrapped
@deco
class E(metaclass=Meta): pass
t(lambda: (E.__name__, E.extra, repr(E), E.__mro__[1].__name__))
t(lambda: type(E)('F', (E,), {}).__mro__[1] is E)
t(lambda: Meta('G', (), {'a': 1}).a)
t(lambda: isinstance(A, type) and isinstance(A, Meta) and not isinstance(A(), Meta))
t(lambda: type(A()).__class__ is Meta)
t(lambda: A.__class__.__name__)
t(lambda: vars(A)['m'].__name__)
t(lambda: A.__dict__['m'] is vars(A)['m'])
t(lambda: {A: 'a', B: 'b'}[type(B())])
t(lambda: sorted([B, A], key=lambda c: c.__name__)[0] is A)
t(lambda: A == A and A != B)
t(lambda: callable(A))
t(lambda: A.__call__ is not None)
t(lambda: getattr(A, '__name__'))
t(lambda: A.__init__ is not None)
t(lambda: A.__new__(A).__class__ is A)
t(lambda: object.__new__(A).__class__ is A)
t(lambda: super(A, A()).__class__.__name__)

# an explicit base __init__ call when the metaclass has its own __init__
class MetaI(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
class BaseI(metaclass=MetaI):
    def __init__(self, v):
        self.v = v
    @classmethod
    def make(cls):
        return cls is BaseI, cls
class ChildI(BaseI):
    def __init__(self, v):
        BaseI.__init__(self, v * 10)
print(ChildI(2).v, BaseI.make()[0], ChildI.make()[1] is ChildI)
