# multiple-target and tuple assignment
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(a, b), c = (3, 4), 5
print(a, b, c)
[a, b] = 'xy'
print(a, b)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
i = 0
l = [0, 0, 0]
i, l[i] = 1, 9
print(i, l)
d = {}
d['k'], d['j'] = 1, 2
print(d)
class O: pass
o = O()
o.p, o.q = 'p', 'q'
print(o.p, o.q)
for k, v in [(1, 2), (3, 4)]:
    print(k, v)
t = 1,
print(t)
