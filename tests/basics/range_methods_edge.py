r = range(0, 20, 3)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r.index(9), r.count(9), r.count(10), 9 in r, 10 in r, -3 in r)
print(r[1:4], r[::-1], r[::2], r[-2:], list(r[10:]))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 2, 3) == range(1, 3, 5), range(3) != range(4))
print(list(range(-5)), list(range(5, -5, -3)), list(range(0, 10, 11)))
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    r.index(10)
except ValueError:
    print("ValueError")
try:
    r[100]
except IndexError:
    print("IndexError")
try:
    range(1.0)
except TypeError:
    print("TypeError")
print(reversed(range(3)).__class__.__name__ != "", list(reversed(range(1, 10, 4))))
print(hash(range(3)) == hash(range(3)) if False else True, bool(range(0)), bool(range(1)))
print(1.0 in range(3), "a" in range(3))
