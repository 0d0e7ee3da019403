# Vector/Matrix classes exercising many dunder protocols

import math

class Vec:
    __slots__ = ('xs',)
    def __init__(self, *xs):
        self.xs = tuple(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vec(*self.xs[i])
        return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __reversed__(self): return Vec(*self.xs[::-1])
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self, o)))
    def __mul__(self, k): return Vec(*(a * k for a in self))
    __rmul__ = __mul__
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __truediv__(self, k): return Vec(*(a / k for a in self))
    def __floordiv__(self, k): return Vec(*(a // k for a in self))
    def __mod__(self, k): return Vec(*(a % k for a in self))
    def __neg__(self): return Vec(*(-a for a in self))
    def __pos__(self): return self
    def __abs__(self): return math.sqrt(self @ self)
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __hash__(self): return hash(self.xs)
    def __bool__(self): return any(self.xs)
    def __round__(self, n=0): return Vec(*(round(a, n) for a in self))
    def __contains__(self, v): return v in self.xs
    def __repr__(self): return "Vec" + repr(self.xs)
    def __format__(self, spec):
        return "<" + ", ".join(format(a, spec) for a in self.xs) + ">"

class Mat:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if isinstance(o, Vec):
            return Vec(*(Vec(*r) @ o for r in self.rows))
        cols = list(zip(*o.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __pow__(self, n):
        r = Mat.eye(len(self.rows))
        b = self
        while n:
            if n & 1:
                r = r @ b
            b = b @ b
            n >>= 1
        return r
    def __eq__(self, o): return self.rows == o.rows
    __hash__ = None
    @staticmethod
    def eye(n): return Mat([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self): return "Mat(%r)" % (self.rows,)

v = Vec(3, 4)
w = Vec(1, -2)
print(v + w, v - w, v * 2, 3 * w, v @ w, abs(v), -v, +v, v / 2, v // 3, v % 3)
print(len(v), v[0], v[-1], v[:1], list(reversed(v)), reversed(v), 4 in v, 5 in v)
print(bool(Vec(0, 0)), bool(v), v == Vec(3, 4), v != w, hash(v) == hash(Vec(3, 4)))
print(round(Vec(1.26, 2.71828), 2), round(Vec(1.5, 2.5)), f"{Vec(1.0, 2.5):.2f}", "{:>4}".format(Vec(1, 22)))
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)], key=lambda t: t.xs), max(Vec(5, 9, 2)), sum(Vec(1, 2, 3)))
print(dict.fromkeys([v, Vec(3, 4), w]), {v: 'a'}[Vec(3, 4)])
try:
    v.extra = 1
except AttributeError:
    print("AttributeError: slots")
x, y = v
print(x, y, [*v, *w], tuple(v), set(Vec(1, 1, 2)) == {1, 2})
fibm = Mat([[1, 1], [1, 0]])
print(fibm ** 10, (fibm ** 90)[0, 1])
m = Mat([[2, 0], [0, 3]])
print(m @ Vec(1, 1), m @ m)
m @= Mat([[0, 1], [1, 0]])
print(m, m == Mat([[0, 2], [3, 0]]))
m[0, 0] = 9
print(m[0, 0], m.rows)
try:
    hash(m)
except TypeError:
    print("TypeError: unhashable Mat")
rot = Mat([[0, -1], [1, 0]])
p = Vec(1, 0)
pts = []
for _ in range(4):
    p = rot @ p
    pts.append(p)
print(pts)

class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                r[i + j] += a * b
        return Poly(r)
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            t = str(a) if i == 0 or abs(a) != 1 else ('-' if a < 0 else '')
            t += '' if i == 0 else ('x' if i == 1 else 'x^%d' % i)
            terms.append(t)
        return ' + '.join(terms).replace('+ -', '- ')
p1 = Poly([1, 1])
p2 = p1 * p1 * p1
print(p2, p2(2), p2.deriv(), (p2 + Poly([0, 0, 0, -1])), Poly([0, 0]), Poly([-1, 0, -1]))
print([Poly([-2, 0, 1])(x) for x in range(-3, 4)])
def newton(p, x, n=6):
    d = p.deriv()
    for _ in range(n):
        x = x - p(x) / d(x)
    return x
print("%.10f" % newton(Poly([-2, 0, 1]), 1.0), "%.6f" % newton(Poly([-1, -1, 0, 1]), 1.5))
