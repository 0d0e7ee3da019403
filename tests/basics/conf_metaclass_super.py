# super() in the methods, classmethods and staticmethods of classes made by a user metaclass
# (the __class__ cell and cls are then instances of the metaclass), in a small program.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)
class Base(metaclass=Meta):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.created = True
        return o
    def __init__(self, v):
        super().__init__()
        self.v = v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper():
        return 'helper'
    def describe(self):
        return 'Base(%s)' % self.v
    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, super().__repr__()[:1])
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    @classmethod
    def make(cls, v):
        r = super().make(v + 1)
        return r
    @staticmethod
    def helper():
        return 'child+' + super(Child, Child).helper()
    def describe(self):
        return 'Child>' + super().describe()
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = Base.__hash__
class Grand(Child):
    def describe(self):
        return 'Grand>' + super().describe()
g = Grand.make(1)
print(g.v, g.created, g.describe(), Child.helper(), repr(g), Base.registry)
print(g == g, g != Grand(1), hash(g) == hash(g))
print(type(Grand).__name__, isinstance(g, Base), issubclass(Grand, Base), Grand.__mro__[1].__name__)
print(super(Grand, g).describe(), super(Child, g).describe())

class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls
class Shape(metaclass=Registry):
    sides = 0
    def __init__(self, *dims):
        self.dims = dims
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(str, self.dims))})"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.dims == other.dims
    def __hash__(self):
        return hash((type(self).__name__, self.dims))
class Rect(Shape):
    sides = 4
    def area(self):
        w, h = self.dims
        return w * h
class Circle(Shape):
    def area(self):
        (r,) = self.dims
        return round(3.14159 * r * r, 2)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Registry.classes[k](*a) for k, a in [('rect', (2, 3)), ('circle', (1,)), ('square', (2,)), ('rect', (1, 1))]]
print(sorted(Registry.classes))
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.sides))
print({s: s.area() for s in shapes})
print(len(set(shapes + [Rect(2, 3)])))
