# Physical quantities with dimension analysis: operator overloading, reflected ops, hashing

class DimensionError(TypeError):
    pass

BASE = ('m', 'kg', 's', 'A')

class Q:
    __slots__ = ('v', 'dim')
    def __init__(self, v, dim=(0, 0, 0, 0)):
        self.v = v
        self.dim = tuple(dim)
    @staticmethod
    def _wrap(x):
        return x if isinstance(x, Q) else Q(x)
    def _same(self, o, op):
        o = Q._wrap(o)
        if self.dim != o.dim:
            raise DimensionError("cannot %s %s and %s" % (op, self.unit(), o.unit()))
        return o
    def __add__(self, o):
        o = self._same(o, 'add')
        return Q(self.v + o.v, self.dim)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._same(o, 'subtract')
        return Q(self.v - o.v, self.dim)
    def __rsub__(self, o):
        return Q._wrap(o) - self
    def __mul__(self, o):
        o = Q._wrap(o)
        return Q(self.v * o.v, [a + b for a, b in zip(self.dim, o.dim)])
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Q._wrap(o)
        return Q(self.v / o.v, [a - b for a, b in zip(self.dim, o.dim)])
    def __rtruediv__(self, o):
        return Q._wrap(o) / self
    def __pow__(self, n):
        return Q(self.v ** n, [a * n for a in self.dim])
    def __neg__(self):
        return Q(-self.v, self.dim)
    def __abs__(self):
        return Q(abs(self.v), self.dim)
    def __eq__(self, o):
        o = Q._wrap(o)
        return self.dim == o.dim and abs(self.v - o.v) < 1e-9 * max(1, abs(self.v))
    def __lt__(self, o):
        return self.v < self._same(o, 'compare').v
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((round(self.v, 6), self.dim))
    def __float__(self):
        if any(self.dim):
            raise DimensionError("not dimensionless: " + self.unit())
        return float(self.v)
    def unit(self):
        num = []
        den = []
        for name, p in zip(BASE, self.dim):
            if p > 0:
                num.append(name if p == 1 else "%s^%d" % (name, p))
            elif p < 0:
                den.append(name if p == -1 else "%s^%d" % (name, -p))
        s = '*'.join(num) or '1'
        if den:
            s += '/' + '*'.join(den)
        return s
    def __repr__(self):
        return "%g %s" % (self.v, self.unit())
    def __format__(self, spec):
        return format(self.v, spec) + ' ' + self.unit()

m = Q(1, (1, 0, 0, 0))
kg = Q(1, (0, 1, 0, 0))
s = Q(1, (0, 0, 1, 0))
A = Q(1, (0, 0, 0, 1))
N = kg * m / s ** 2
J = N * m
W = J / s
V = W / A
print(m, kg, s, N, J, W, V, V / A)
dist = 100 * m
t = 9.58 * s
speed = dist / t
print(speed, "{:.3f}".format(speed), speed * 3.6 * s / m if False else "%.2f km/h" % (speed.v * 3.6))
g = 9.81 * m / s ** 2
mass = 75 * kg
weight = mass * g
print(weight, weight == 735.75 * N, "{:.1f}".format(weight))
E = 0.5 * mass * speed ** 2
print("kinetic {:.2f}".format(E), E.dim == J.dim)
h = E / weight
print("height {:.3f}".format(h))
P = 60 * W
print(P * (2 * s), (P * 3600 * s) / J, float((P * 10 * s) / J))
R = 220 * V / (2 * A)
print(R, R * A / V)
for bad in [lambda: m + s, lambda: kg - 1, lambda: float(m), lambda: m < s]:
    try:
        bad()
    except DimensionError as e:
        print("DimensionError:", e, isinstance(e, TypeError))
print(sorted([3 * m, 1 * m, 2.5 * m, -1 * m]), max([2 * s, 5 * s, 1 * s]), abs(-3 * kg), -(4 * A))
print(len({1 * m, 1.0 * m, 100 * m / 100, 1 * s}), 2 + Q(3), 10 - Q(4), 1 / (4 * s), (2 * m) ** 3)
print(sum([1 * m, 2 * m, 3 * m], 0 * m), Q(5) == 5, 5 == Q(5), [q.unit() for q in (N, J / kg, m ** -2)])
