from collections import namedtuple
P = namedtuple("P", ["x", "y"])
p = P(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
print(p == (1, 2), p == P(1, 2), p < P(1, 3), hash(p) == hash((1, 2)))
x, y = p
print(x, y)
Q = namedtuple("Q", "a b c")
q = Q(a=1, c=3, b=2)
print(q, q._fields, Q._fields)
print(q._replace(b=20))
print(isinstance(p, tuple), type(p).__name__, P.__name__)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    P(1)
except TypeError:
    print("TypeError")
R = namedtuple("R", "a,b")
print(R(5, 6), R._make([7, 8]) if hasattr(R, "_make") else R(7, 8))
print(p[0:1], p.count(1), p.index(2))
