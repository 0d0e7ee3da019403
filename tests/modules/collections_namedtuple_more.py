from collections import namedtuple
P = namedtuple('P', 'x y z', defaults=[0])
p = P(1, 2)
print(p, P._fields, p._asdict(), p._replace(x=9), P._make([4, 5, 6]), P._field_defaults)
print(p.count(1), p.index(2), p + (7,), p[1:], hash(p) == hash((1, 2, 0)))
try:
    P(1)
except TypeError as e:
    print('TypeError', e)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    P(1, 2, w=3)
except TypeError as e:
    print('TypeError', e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print('ValueError', e)
try:
    namedtuple('Bad', '_a')
except ValueError as e:
    print('ValueError', e)
E = namedtuple('E', '')
print(E(), len(E()))
class Pt(namedtuple('Pt', 'x y')):
    def norm(self):
        return abs(self.x) + abs(self.y)
q = Pt(3, -4)
print(q.norm(), q.x, q[1], isinstance(q, tuple))
d = {P(1, 2): 'v'}
print(d[P(1, 2, 0)], sorted([P(2, 0), P(1, 5)]))
