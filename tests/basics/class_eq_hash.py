# __eq__ and __hash__ for use in sets/dicts
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 == k3, k1 != k3, k1 == 5)
d = {k1: 'first'}
d[k2] = 'second'
d[k3] = 'third'
print(len(d), d[Key(1, 2)])
s = {k1, k2, k3, Key(2, 1)}
print(len(s))
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, len({p1, p2, p1}))
class NeVia:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(NeVia(1) != NeVia(1), NeVia(1) != NeVia(2))
