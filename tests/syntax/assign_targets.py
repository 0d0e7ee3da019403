# assignment targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = [6, 7]
print(f, g)
h, *i = range(5)
print(h, i)
*j, k = range(5)
print(j, k)
l, *m, n = range(6)
print(l, m, n)
[o, *p], q = [1, 2, 3], 4
print(o, p, q)
r = s = t = 9
print(r, s, t)
u, = [10]
print(u)
x = y, z = 1, 2
print(x, y, z)
() = []
[] = ()
obj = type("O", (), {})()
obj.attr = 1
obj.attr += 2
print(obj.attr)
lst = [0, 0, 0]
lst[0], lst[1:] = 5, [6, 7]
print(lst)
dd = {}
dd["k"], dd["j"] = 1, 2
print(sorted(dd.items()))
v: int = 5
print(v)
w: str
ann: list = []
print(ann)
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 2; n <<= 1; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
for i1, (i2, i3) in [(1, (2, 3))]:
    print(i1, i2, i3)
for *s1, s2 in [(1, 2, 3)]:
    print(s1, s2)
def gen():
    x = yield 1
    print("got", x)
    y = yield
    print("got", y)
gg = gen()
print(next(gg))
print(gg.send("A"))
try:
    gg.send("B")
except StopIteration:
    print("stop")
