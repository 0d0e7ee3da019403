# match statement: class patterns (keyword sub-patterns, positional ones via __match_args__,
# the built-in types that match themselves, subclasses, missing attributes)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self, **kw):
        for k in kw:
            setattr(self, k, kw[k])


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return ("on z axis", z)
        case Point(0, y):
            return ("on y axis", y)
        case Point(x, 0):
            return ("on x axis", x)
        case Point(x=px, y=py) if px == py:
            return ("diagonal", px)
        case Point():
            return "somewhere"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 7),
          Point3(0, 0, 0), Point3(1, 1, 1), Plain(x=0, y=0), (0, 0), None]:
    print(where(p))

# keyword patterns on a class without __match_args__
match Plain(name="ann", age=7):
    case Plain(name=n, age=a):
        print("plain", n, a)
match Plain(name="bob"):
    case Plain(name=n, age=a):
        print("no")
    case Plain(name=n):
        print("missing attribute fails the pattern:", n)

# built-in types match themselves with one positional sub-pattern
for v in [5, True, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {3}, frozenset([4]), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(bs):
            print("bytes", bs)
        case bytearray(ba):
            print("bytearray", ba)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(st):
            print("set", st)
        case frozenset(fs):
            print("frozenset", sorted(fs))
        case _:
            print("other", v)

# with a nested pattern
match 42:
    case int(42 as n):
        print("int 42", n)
match "hello":
    case str("hello" | "bye") as s:
        print("greeting", s)


# subclasses of built-ins match themselves too, unless they define __match_args__
class MyInt(int):
    pass


class Wrapped(int):
    __match_args__ = ("real",)


match MyInt(7):
    case MyInt(v):
        print("MyInt", v, type(v).__name__)
match Wrapped(8):
    case Wrapped(r):
        print("Wrapped", r, type(r).__name__)

# keyword sub-patterns on built-ins look up attributes
match 5:
    case int(real=r, imag=0):
        print("real", r)

# isinstance is checked first: an unknown attribute on a non-instance is harmless
match "text":
    case int(nonexistent=1):
        print("no")
    case str():
        print("str matched")

# dotted class names
import collections

match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("OrderedDict")


# the class may be any expression's value: here a local name
def check(cls, v):
    match v:
        case cls():
            return True
    return False


print(check(int, 1), check(str, 1), check(Point, Point(1, 1)))


# attribute lookups go through properties and __getattr__
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("property read")
        return 10


match Lazy():
    case Lazy(10):
        print("lazy ok")


class Dyn:
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)


match Dyn():
    case Dyn(other=1):
        print("no")
    case Dyn(magic=m):
        print("dyn", m)

# exceptions are classes like any other
try:
    1 / 0
except Exception as e:
    match e:
        case ZeroDivisionError():
            print("zero division")


# __match_args__ naming a missing attribute: the pattern fails, no error
class Partial:
    __match_args__ = ("a", "missing")

    def __init__(self):
        self.a = 1


match Partial():
    case Partial(1, m):
        print("no", m)
    case Partial(a):
        print("first only", a)
