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
