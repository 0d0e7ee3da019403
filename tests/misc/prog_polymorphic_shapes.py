# Abstract-ish base classes, multiple inheritance with mixins, super() chains, class registries

import math

class Registry(type):
    pass

class Shape:
    registry = {}
    count = 0
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def __init__(self, name=None):
        Shape.count += 1
        self.name = name or "%s#%d" % (type(self).__name__.lower(), Shape.count)
    def area(self):
        raise NotImplementedError("%s.area" % type(self).__name__)
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return "%s area=%.3f perim=%.3f" % (self.name, self.area(), self.perimeter())
    def __lt__(self, other):
        return self.area() < other.area()
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError("unknown shape %r" % kind) from None

class JsonMixin:
    def to_dict(self):
        d = {'type': type(self).__name__}
        for k in sorted(vars(self)):
            if not k.startswith('_'):
                d[k] = getattr(self, k)
        return d

class ScaleMixin:
    def scaled(self, k):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new._scale(k)
        new.name = self.name + "x%g" % k
        return new

class Circle(ScaleMixin, JsonMixin, Shape):
    def __init__(self, r, name=None):
        super().__init__(name)
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def _scale(self, k):
        self.r *= k

class Rect(ScaleMixin, JsonMixin, Shape):
    def __init__(self, w, h, name=None):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def _scale(self, k):
        self.w *= k
        self.h *= k

class Square(Rect):
    def __init__(self, s, name=None):
        super().__init__(s, s, name)
    def describe(self):
        return "[square] " + super().describe()

class Triangle(JsonMixin, Shape):
    def __init__(self, a, b, c, name=None):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle %s" % ((a, b, c),))
        super().__init__(name)
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

class Blob(Shape):
    pass

print(sorted(Shape.registry))
print([c.__name__ for c in Square.__mro__])
shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5), Circle(0.5, "tiny")]
for s in shapes:
    print(s.describe())
print([s.name for s in sorted(shapes)])
print(max(shapes).name, min(shapes, key=lambda s: s.perimeter()).name)
print(Square(3).to_dict(), Circle(2).to_dict())
big = Rect(1, 2).scaled(3)
print(big.describe(), big.to_dict())
print(Circle(1).scaled(2).area() / Circle(1).area())
for kind, args in [('circle', (2,)), ('square', (4,)), ('triangle', (1, 1, 5)), ('hexagon', ()), ('blob', ())]:
    try:
        s = Shape.create(kind, *args)
        print(kind, "->", s.describe())
    except ValueError as e:
        print(kind, "ValueError:", e)
    except NotImplementedError as e:
        print(kind, "NotImplementedError:", e)
print(isinstance(Square(1), Rect), isinstance(Square(1), ScaleMixin), issubclass(Triangle, ScaleMixin))
print(Shape.count, hasattr(Circle, 'scaled'), hasattr(Triangle, 'scaled'))
total = sum(s.area() for s in shapes)
print("total area %.4f" % total)
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(sorted(by_type.items()))
