# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), list(p))
print(p == (1, 2), isinstance(p, tuple), Point(x=3, y=4), Point(5, y=6))
x, y = p
print(x + y)
P3 = namedtuple('P3', 'a b c')
print(P3(1, 'two', [3]))
print(type(p).__name__)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(p[-1], p[:1])
