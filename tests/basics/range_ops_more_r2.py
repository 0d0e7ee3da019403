rs = [range(10), range(10, 0, -1), range(0, 10, 3), range(10, 0, -3), range(0), range(5, 5), range(-5, 5, 2), range(5, -5, -2), range(0, -10, -1)]
for r in rs:
    print(r, len(r), list(r), r[0] if len(r) else None, r[-1] if len(r) else None, bool(r))
    print(r[1:], r[::-1], r[::2], r[1:-1:3], r[-2:], r[100:], r[:-100])
    print(3 in r, -3 in r, 3.0 in r, 3.5 in r, "3" in r, r.count(3), r.count(3.0))
r = range(0, 20, 4)
print(r.index(8), r.index(16), r.start, r.stop, r.step)
for bad in [3, 20, 8.5]:
    try:
        r.index(bad)
    except ValueError:
        print("ValueError", bad)
print(range(0, 3) == range(0, 3), range(0) == range(5, 5), range(0, 10, 3) == range(0, 11, 3), range(1) == range(0, 1, 1), range(0, 1, 2) == range(0, 1, 7))
try:
    range(0, 5, 0)
except ValueError:
    print("ValueError step")
try:
    range(1.5)
except TypeError:
    print("TypeError float")
try:
    range(3)[5]
except IndexError:
    print("IndexError")
print(list(reversed(range(1, 10, 4))), list(reversed(range(10, 1, -4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(True), list(range(False, True + 2)))
