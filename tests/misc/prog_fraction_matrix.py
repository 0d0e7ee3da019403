# Fraction class with operator overloading + matrix ops (inverse, solve)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ('n', 'd')
    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n * 1, n.d * d
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __pow__(self, e):
        if e < 0:
            return Frac(self.d ** -e, self.n ** -e)
        return Frac(self.n ** e, self.d ** e)
    def __eq__(self, o):
        if isinstance(o, (int, Frac)):
            o = Frac.of(o)
            return self.n == o.n and self.d == o.d
        return NotImplemented
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)

def mat_str(m):
    cells = [[repr(x) for x in row] for row in m]
    w = max(len(c) for row in cells for c in row)
    return '\n'.join('[' + ' '.join(c.rjust(w) for c in row) + ']' for row in cells)

def mat_mul(a, b):
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Frac(0)) for j in range(len(b[0]))] for i in range(len(a))]

def identity(n):
    return [[Frac(1 if i == j else 0) for j in range(n)] for i in range(n)]

def inverse(m):
    n = len(m)
    a = [[Frac(x) for x in row] + idr for row, idr in zip(m, identity(n))]
    for col in range(n):
        piv = None
        for r in range(col, n):
            if a[r][col]:
                piv = r
                break
        if piv is None:
            raise ValueError("singular matrix")
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col]:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]

def det(m):
    if len(m) == 1:
        return Frac.of(m[0][0])
    total = Frac(0)
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        term = Frac.of(m[0][j]) * det(minor)
        total = total + term if j % 2 == 0 else total - term
    return total

h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, h ** 3, t ** -2, 1 - h, 2 / t, 3 * t)
print(h == Frac(2, 4), h < t, t <= h, sorted([h, t, Frac(-5, 7), Frac(3)]), float(t))
print(sum([Frac(1, k) for k in range(1, 11)], Frac(0)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), Frac(6, -4), abs(Frac(-3, 9)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
H = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
print(mat_str(H))
print("det", det(H))
inv = inverse(H)
print(mat_str(inv))
prod = mat_mul(H, inv)
print(prod == identity(4))
A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
Ainv = inverse(A)
x = [sum((Ainv[i][j] * b[j] for j in range(3)), Frac(0)) for i in range(3)]
print("solution", x, "det", det(A))
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError", e)
T = list(map(list, zip(*A)))
print(T, mat_str(mat_mul([[Frac(x) for x in r] for r in A], [[Frac(x) for x in r] for r in T])))
print(bool(Frac(0)), bool(h), max(H[3]), min(map(abs, inv[1])))
