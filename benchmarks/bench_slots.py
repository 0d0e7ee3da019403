# classes with __slots__: construction (attribute stores in __init__) and attribute updates
class Vec:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

def run():
    acc = Vec(0, 0, 0)
    step = Vec(1, 2, 3)
    for i in range(200000):
        acc = acc.add(step)
        acc.x = acc.x % 1000
        acc.y -= 1
    return acc.x, acc.y, acc.z
print(run())
