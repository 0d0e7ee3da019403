def init(self, x):
    self.x = x
Point = type('Point', (), {'__init__': init, 'dim': 2, 'show': lambda self: 'P(%d)' % self.x})
p = Point(5)
print(p.x, p.dim, p.show(), type(p).__name__, Point.__name__)
Sub = type('Sub', (Point,), {'dim': 3})
s = Sub(1)
print(s.dim, s.show(), isinstance(s, Point), issubclass(Sub, Point))
print(type(Point), type(type), type(int))
E = type('E', (Exception,), {})
try:
    raise E('boom')
except E as e:
    print('caught', e)
Empty = type('Empty', (object,), {})
print(Empty.__bases__ == (object,))
print(isinstance(Point, type), isinstance(p, type))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, isinstance(WithMeta, type))
class TypeMeta(metaclass=type):
    v = 1
print(TypeMeta.v)
