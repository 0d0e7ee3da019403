t = (1, 2, 3, 2)
print(t.count(2), t.count(5), t.index(3), t.index(2, 2))
try:
    t.index(7)
except ValueError:
    print("ValueError")
print(t[1:], t[::-1], t[:-1], t[5:], (1,) + (2,), (1,) * 3)
print(tuple(), tuple("ab"), tuple([1]), tuple(range(3)), tuple(x for x in "xy"))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1, 2))
print((1, [2]) == (1, [2]), (1,) != (1.0,), 2 in t, 9 not in t)
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t[10]
except IndexError:
    print("IndexError")
try:
    (1,) + [2]
except TypeError:
    print("TypeError")
a, *b = t
print(a, b)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
print(len(t), max(t), min(t), sorted(t), sum(t))
print(repr((1,)), repr(()), repr(((),)), str((1, "a")))
