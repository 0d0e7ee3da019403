# range objects
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -3, -1)))
print(range(5), range(1, 5), range(1, 5, 2), range(5, 0, -1))
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 30 in r, 27 in r)
print(r.start, r.stop, r.step)
print(r[1:3], r[::2], r[::-1], list(r[::-1]))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
print(sum(range(101)), max(range(7)), min(range(4, 9)))
print(bool(range(0)), bool(range(1)))
try:
    range(5)[5]
except IndexError:
    print('IndexError')
print(range(10 ** 12)[10 ** 11], len(range(10 ** 12)))
print(list(range(-10, 10, 7)), list(range(10, -10, -7)))
