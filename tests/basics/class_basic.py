# basic class definition and instances
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point)
p.z = 10
print(p.z, hasattr(q, 'z'))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 'own'
print(p.dims, Point.dims)
m = p.norm2
print(m())
print(Point.norm2(q))
class Empty:
    pass
e = Empty()
print(type(e).__name__, isinstance(e, Empty), isinstance(e, object))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for _ in range(4):
    Counter()
print(Counter.count)
print(Point.__name__)
