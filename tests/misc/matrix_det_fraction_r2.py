# exact determinant and inverse with rational arithmetic built from ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.n, self.d * o.d)
    def __truediv__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return Q(self.n * o.d, self.d * o.n)
    def __eq__(self, o):
        o = o if isinstance(o, Q) else Q(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)
def inverse(m):
    n = len(m)
    a = [[Q(x) for x in row] + [Q(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    det = Q(1)
    for c in range(n):
        p = next(r for r in range(c, n) if not a[r][c] == 0)
        if p != c:
            a[c], a[p] = a[p], a[c]
            det = det * -1
        det = det * a[c][c]
        pv = a[c][c]
        a[c] = [x / pv for x in a[c]]
        for r in range(n):
            if r != c and not a[r][c] == 0:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return det, [row[n:] for row in a]
m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
det, inv = inverse(m)
print(det, inv)
m2 = [[1, 2, 3, 4], [0, 1, 4, 9], [5, 6, 0, 2], [1, 1, 1, 7]]
det2, inv2 = inverse(m2)
print(det2)
for row in inv2:
    print(row)
