# tuples
t = (1, 'a', None, [2])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2)
print((), (1,), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple(x for x in 'q'))
t[3].append(3)
print(t)
try:
    t[0] = 5
except TypeError:
    print('TypeError')
print((1, 2).count(1), (1, 2, 1).count(1), (5, 6, 7).index(7))
try:
    (1,).index(9)
except ValueError:
    print('ValueError')
a, b, c = (1, 2, 3)
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'v'}[(1, 2)])
print(1, 2 == (1, 2))
x = 1, 2, 3
print(x, type(x).__name__)
print(tuple(t) is t or True, len(((),)))
