from collections import namedtuple
P = namedtuple("P", "x y")
Q = namedtuple("Q", ["a", "b", "c"])
R = namedtuple("R", "u, v")
p = P(1, y=2)
print(p, p.x, p[1], len(p), tuple(p), p == (1, 2), p._fields, Q._fields, R._fields)
print(p._replace(x=10), p, p._asdict(), dict(p._asdict()), list(p._asdict().items()))
print(P._make([7, 8]), P._make(iter((9, 0))), Q(*range(3)), R(u="U", v="V"))
x, y = p
print(x, y, p + (3,), p * 2, p[::-1], p.index(2), p.count(1), max(p), sorted(P(3, 1)))
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
try:
    P(1)
except TypeError:
    print("TypeError missing")
try:
    P(1, 2, 3)
except TypeError:
    print("TypeError extra")
try:
    p._replace(z=1)
except (ValueError, TypeError):
    print("error bad field")
D = namedtuple("D", "a b c", defaults=[5, 6])
print(D(1), D(1, 2), D(1, 2, 3), D(a=0))
class Pt(namedtuple("Pt", "x y")):
    def norm1(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm1(), Pt(1, 2), isinstance(Pt(1, 2), tuple), hash(P(1, 2)) == hash((1, 2)), {P(1, 2): 1}[(1, 2)])
