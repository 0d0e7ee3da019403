# range objects
r = range(2, 20, 3)
print(r, range(5), range(0, -10, -2), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(list(r), 5 in r, 6 in r, 20 in r, 5.0 in r, 'x' in r, True in range(2))
print(r.start, r.stop, r.step, r.count(8), r.index(8), r.count(9))
try:
    r.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    r[100]
except IndexError as e:
    print('IndexError', e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(hash(range(0)) == hash(range(2, 2)), bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 4))), list(reversed(range(10, 0, -3))), list(range(-5, 5, 4)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
print(list(range(10, 0)), len(range(-100, 100, 7)), range(10)[-3:], range(10)[3:-3:2])
total = 0
for i in range(100000):
    total += i
print(total)
print(sum(range(1, 101)), max(range(7)), list(enumerate(range(3))))
