# polymorphism through an abstract-ish base class
import math
class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area())
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
try:
    Shape().area()
except NotImplementedError:
    print('NotImplementedError')
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
