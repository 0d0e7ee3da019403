l = [5, 3, 5, 1, 5, 3]
for args in [(5,), (5, 1), (5, 3), (5, -2), (3, -1), (3, 2, 5), (3, 2, 6), (1, -100, 100), (5, 5, 5), (5, 0, -1), (1, 4)]:
    try:
        print(args, l.index(*args))
    except ValueError:
        print(args, "ValueError")
print(l.count(5), l.count(9), [1.0, 1, True].count(1), [[1], [1]].count([1]))
for pos in [0, 2, -1, -2, 100, -100, 6]:
    m = [0, 1, 2, 3]
    m.insert(pos, "x")
    print(pos, m)
m = []
m.insert(-5, 1)
m.insert(5, 2)
print(m)
try:
    l.index()
except TypeError:
    print("TypeError")
try:
    [].remove(1)
except ValueError:
    print("ValueError remove")
print([1, 2, 3].pop(-1), [1, 2, 3].pop(0), [1, 2, 3].pop(1))
for bad in [3, -4]:
    try:
        [1, 2, 3].pop(bad)
    except IndexError:
        print("IndexError pop", bad)
