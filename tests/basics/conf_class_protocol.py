# Class-level protocol: __class__ assignment, metaclass __prepare__ and class keywords,
# __mro_entries__, writable __name__/__qualname__, qualified names in reprs.
class A:
    def who(self):
        return 'A'
class B:
    def who(self):
        return 'B'
a = A()
a.__class__ = B
print(type(a).__name__, a.who(), isinstance(a, B), isinstance(a, A))
setattr(a, '__class__', A)
print(a.who())
class S:
    __slots__ = ('q',)
for v in [5, int, S, None]:
    try:
        a.__class__ = v
    except TypeError:
        print('TypeError', type(a).__name__)
try:
    del a.__class__
except TypeError:
    print('TypeError del')
class L(list):
    pass
class L2(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.__class__ = L2
print(type(l).__name__, l, l.total())
try:
    l.__class__ = A
except TypeError:
    print('TypeError layout')

# __prepare__ makes the namespace the class body runs in; class keywords reach it
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, sorted(kw.items()))
        return {'injected': 40}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, sorted(kw.items()))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    value = injected + 2
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, sorted(kw.items()))
class Sub(Base, flag=1, other='x'):
    pass
print(Base.value, Sub.injected, type(Sub).__name__)

class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class V(metaclass=BadMeta):
        pass
except TypeError:
    print('TypeError prepare')

# PEP 560
class Entries:
    def __mro_entries__(self, bases):
        print('mro_entries', len(bases))
        return (A, B)
class X(Entries(), int):
    pass
print([c.__name__ for c in X.__mro__], X.__bases__ == (A, B, int), X(5) + 1, X(1).who())

# __name__ and __qualname__ are writable on classes
class C:
    class Inner:
        pass
print(C.Inner.__qualname__, repr(C.Inner), repr(C.Inner())[:26])
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__)
C.__qualname__ = 'Q'
print(C.__name__, C.__qualname__, repr(C))
for bad in ['del C.__name__', 'C.__name__ = 5', 'int.__name__ = "x"']:
    try:
        exec(bad)
    except TypeError:
        print('TypeError', bad)
def make():
    class Local:
        pass
    return Local
print(repr(make()), make().__qualname__)
