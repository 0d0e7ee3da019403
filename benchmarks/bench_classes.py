# method calls on user classes with attributes
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def scale(self, k):
        self.x *= k
        self.y *= k
        return self
class Particle:
    count = 0
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1
    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel.x = -self.vel.x
        if self.pos.y > 1000 or self.pos.y < -1000:
            self.vel.y = -self.vel.y
    def energy(self):
        return self.vel.dot(self.vel)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
    @property
    def value(self):
        return self.n
ps = [Particle(Vec(i, -i), Vec(i % 7 - 3, i % 5 - 2)) for i in range(100)]
c = Counter()
for _ in range(8000):
    for p in ps:
        p.step()
        c.inc()
e = sum(p.energy() for p in ps)
print(c.value, e, sum(p.pos.x + p.pos.y for p in ps), Particle.count)
