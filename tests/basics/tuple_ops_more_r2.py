t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.index(1), t.index(1, 2), t.index(9, -3), t.count(1), t.count(7), t[2:5], t[::-2], t[-100:100], t[5:1], t[::3])
for args in [(7,), (1, 4), (3, 1, 0)]:
    try:
        t.index(*args)
    except ValueError:
        print("ValueError", args)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * -1, tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in "xy"))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, "a") == (1, "a"), (1, [2]) != (1, [3]), (1, 2) <= (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, (2, 3)): "v"}[(1, (2, 3))], len(((),)), ((1,),)[0][0])
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable")
try:
    (1, 2) + [3]
except TypeError:
    print("TypeError concat")
try:
    t[20]
except IndexError:
    print("IndexError")
try:
    t[0] = 5
except TypeError:
    print("TypeError assign")
a, *b = t
*c, d = t
print(a, b, c, d, max(t), min(t), sum(t), sorted(t), 4 in t, 10 not in t)
print(repr((1,)), repr(()), str((None, "a", 1.0)), tuple([(1, 2)]))
