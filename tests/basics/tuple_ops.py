# tuple operations
t = (1, 2, 3)
print(t + (4,), t * 2, 2 * t, t * 0, t * -1, (1,), (), ((),), t[::-1], t[1:], t[-2::-1])
print(t < (1, 2, 4), t < (1, 2), (1, 2) < t, t == (1, 2, 3), t != [1, 2, 3], t >= t, (2,) > t)
print(t.count(1), (1, 1, 2).count(1), t.index(3), (1, 2, 1, 2).index(2, 2))
try:
    t.index(9)
except ValueError as e:
    print('ValueError', e)
try:
    t[5]
except IndexError as e:
    print('IndexError', e)
try:
    t[0] = 1
except TypeError:
    print('TypeError assign')
try:
    t + [1]
except TypeError as e:
    print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash(()) == hash(()))
print(tuple('abc'), tuple(range(3)), tuple([1, 2]), tuple(x for x in 'hi'), tuple({1: 2}))
d = {(1, 'a'): 'tuple key'}
print(d[(1, 'a')], (1, [2]) == (1, [2]))
try:
    hash((1, [2]))
except TypeError:
    print('TypeError unhashable')
nan = float('nan')
print((nan,) == (nan,), [nan] == [nan], (1, 2) in [(1, 2)], 3 in t)
a, *b = t
print(a, b, len(t), bool(()), bool((0,)))
x = t
x += (4,)
print(x, t)
print(repr((1, 'a', None, (2,))), str(('s',)))
