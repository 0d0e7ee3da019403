a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = 'abc'
print(init, tail)
head, *rest = [1]
print(head, rest)
(x, *y), z = 'pq', 'r'
print(x, y, z)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)
p, q = q, p = 1, 2
print(p, q)
m = n = [1, 2]
m.append(3)
print(n)
L = [1, 2, 3]
L[0], L[2] = L[2], L[0]
print(L)
d = {}
d['a'], d['b'] = 'xy'
print(d)
class O: pass
o = O()
o.x, o.y = 3, 4
print(o.x, o.y)
try:
    a, b = [1, 2, 3]
except ValueError:
    print('ValueError too many')
try:
    a, b, c = [1, 2]
except ValueError:
    print('ValueError not enough')
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError starred')
try:
    a, b = 5
except TypeError:
    print('TypeError not iterable')
[a, b], c = [1, 2], 3
print(a, b, c)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a + b + c + d)
for (a, b) in {1: 2, 3: 4}.items():
    print(a, b)
*s, = range(3)
print(s)
i = 0
L = [10, 20]
i, L[i] = 1, 99
print(i, L)
