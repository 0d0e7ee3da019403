# A mixed program: a metaclass registry with rich comparisons and hashing, a config pipeline
# of generators, a matrix class with @ and **, a memoising decorator, f-string corners.
class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name.lower()] = cls
        return cls
class Shape(metaclass=Registry):
    sides = 0
    def __init__(self, *dims):
        self.dims = dims
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(str, self.dims))})"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.dims == other.dims
    def __hash__(self):
        return hash((type(self).__name__, self.dims))
class Rect(Shape):
    sides = 4
    def area(self):
        w, h = self.dims
        return w * h
class Circle(Shape):
    def area(self):
        (r,) = self.dims
        return round(3.14159 * r * r, 2)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
shapes = [Registry.classes[k](*a) for k, a in [('rect', (2, 3)), ('circle', (1,)), ('square', (2,)), ('rect', (1, 1))]]
print(sorted(Registry.classes))
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: s.sides))
print({s: s.area() for s in shapes})
print(len(set(shapes + [Rect(2, 3)])))
def pipeline(data):
    def parse(lines):
        for ln in lines:
            ln = ln.strip()
            if not ln or ln.startswith('#'):
                continue
            k, _, v = ln.partition('=')
            yield k.strip(), v.strip()
    def convert(pairs):
        for k, v in pairs:
            try:
                v = int(v, 0)
            except ValueError:
                try:
                    v = float(v)
                except ValueError:
                    v = {'true': True, 'false': False}.get(v.lower(), v)
            yield k, v
    return dict(convert(parse(data.splitlines())))
cfg = pipeline('''
# config
name = demo
count = 0x10
ratio = 2.5e-1
flag = TRUE
empty =
''')
print(cfg)
print('{name:>8}|{count:04d}|{ratio:.1%}|{flag!s:^7}|{empty!r}'.format(**cfg))
import sys
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        r = Matrix([[int(i == j) for j in range(len(self.rows))] for i in range(len(self.rows))])
        for _ in range(n):
            r = r @ self
        return r
    def __repr__(self):
        return '\n'.join(' '.join(f'{x:>5}' for x in r) for r in self.rows)
print(Matrix([[1, 1], [1, 0]]) ** 30)
def memo(fn):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    w.cache = cache
    return w
@memo
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), len(collatz.cache))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(''.join(chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in 'hello, world'))
print(list(zip(*[iter(range(9))] * 3)))
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2], sum(x * x for x in range(10) if x & 1))
try:
    Shape().area()
except NotImplementedError as e:
    print('NIE', repr(e))
print(f"{'nested ' + f'{1 + 1:>3}'!r}")
