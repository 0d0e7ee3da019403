# chaos game: random.choice / random() / randrange / gauss drive an iterated function system
# drawn into a grid (seeded, so the checksum is CPython's exactly)
import random

TRANSFORMS = [
    (0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
    (0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
    (0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
    (0.3, -0.2, 0.2, 0.3, 0.35, 0.25),
]
W = 64
H = 64


def chaos(n, seed):
    random.seed(seed)
    grid = [[0] * W for _ in range(H)]
    x = random.random()
    y = random.random()
    for i in range(n):
        a, b, c, d, e, f = random.choice(TRANSFORMS)
        x, y = a * x + b * y + e, c * x + d * y + f
        if random.random() < 0.01:
            x += random.gauss(0.0, 0.01)
            y += random.uniform(-0.01, 0.01)
        if 0.0 <= x < 1.0 and 0.0 <= y < 1.0:
            grid[int(y * H)][int(x * W)] += 1
        if i % 64 == 0:
            grid[random.randrange(H)][random.randint(0, W - 1)] += 1
    acc = 0
    for row in grid:
        for v in row:
            acc = (acc * 31 + v) % 1000000007
    return acc


def shuffles(seed):
    r = random.Random(seed)
    acc = 0
    data = list(range(500))
    for i in range(200):
        r.shuffle(data)
        acc = (acc + data[0] * data[-1] + sum(r.sample(data, 5))) % 1000000007
        acc ^= r.getrandbits(30)
    return acc


print(chaos(250000, 1) + chaos(250000, "two") + shuffles(3))
