class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'V(%d)' % self.v
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs))
vs.sort(reverse=True)
print(vs)
print(V(1) < V(2), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError:
    print('TypeError no __le__')
class Full:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __repr__(self): return 'F%d' % self.v
a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, b >= b)
print(a < b < Full(3), a < b > Full(5))
print(sorted([Full(5), Full(-1), Full(3)], key=lambda f: -f.v))
print(max(Full(1), Full(9), Full(4)), min([Full(7), Full(2)]))
class Key:
    def __init__(self, k):
        self.k = k
    def __gt__(self, o):
        return self.k > o.k
print(sorted([Key(2), Key(1)], key=lambda x: x.k)[0].k)
try:
    print(Key(1) < Key(2))
except TypeError:
    print('TypeError')
