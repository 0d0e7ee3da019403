# random.seed: CPython's numbers for int (small, big, negative), str, bytes, float and bool seeds
import random

seeds = list(range(-5, 40)) + [2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63, -(2**63), 2**64 - 1,
    2**64, 10**20, -(10**30), 3**200, 2**1000 + 7, "", "a", "abc", "h\u00e9llo \u20ac\U0001f600",
    "x" * 1000, b"", b"bytes", b"\x00\x00", bytearray(b"ba"), 0.0, 1.5, -2.25, 1e300, 0.1, True, False]
for s in seeds:
    random.seed(s)
    print(repr(s)[:40], random.random(), random.random(), random.getrandbits(32), random.getrandbits(7))
# version 1 string seeding
for s in ["", "a", "seed", b"seed", "h\u00e9llo"]:
    random.seed(s, version=1)
    print(repr(s), random.random())
random.seed(a=123, version=2)
print(random.random())
# the same seed gives the same sequence, the generator keeps going
random.seed(2024)
a = [random.random() for i in range(1000)]
random.seed(2024)
b = [random.random() for i in range(1000)]
print(a == b, a[-1])
