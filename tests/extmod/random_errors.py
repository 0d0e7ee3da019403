# random: errors with CPython's messages
import random

def t(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

t(random.randrange, 0)
t(random.randrange, -5)
t(random.randrange, 5, 5)
t(random.randrange, 1, 10, 0)
t(random.randrange, 10, 1, 2)



t(random.randrange, 5, None, 2)
t(random.randrange, 10**30, 10**20)
t(random.randint, 1, 0)
t(random.choice, [])
t(random.choice, "")
t(random.sample, [1, 2], 3)
t(random.sample, {1, 2}, 1)
t(random.sample, {1: 2}, 1)
t(random.sample, [1], -1)
t(random.sample, [1, 2, 3], 2, counts=[1, 2])
t(random.sample, [1, 2], 2, counts=[0, 0])
t(random.getrandbits, -1)
t(random.randbytes, -1)
t(random.choices, [1, 2], [1])
t(random.choices, [1, 2], [0, 0])
t(random.choices, [1, 2], [1, 1], cum_weights=[1, 2])
t(random.choices, [1, 2], 3)
t(random.choices, [1, 2], [float("inf"), 1])
t(random.seed, [1])
t(random.seed, {})
t(random.setstate, (3, (1, 2), None))
t(random.setstate, (3, tuple([0] * 624 + [625]), None))
t(random.setstate, (3, tuple([0] * 624 + [-1]), None))
t(random.setstate, (9, (), None))
for bad in [1.5, "3", None]:
    try:
        random.getrandbits(bad)
    except TypeError:
        print("TypeError")
try:
    random.shuffle((1, 2))
except TypeError:
    print("TypeError")
