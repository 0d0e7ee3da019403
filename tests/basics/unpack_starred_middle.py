a, *b, c, d = range(7)
print(a, b, c, d)
*a, b = [1]
print(a, b)
a, *b = 'x'
print(a, b)
a, b, *c = (1, 2)
print(a, b, c)
(a, *b), (*c, d) = [1, 2, 3], 'xyz'
print(a, b, c, d)
for first, *others in ['abc', 'de', 'f']:
    print(first, others)
def f():
    return 1, 2, 3, 4
h, *t = f()
print(h, t, type(t).__name__)
x = [1, 2, 3]
x[0], *x[1:2] = 'ab'
print(x) if False else print('skip slice star')
*rest, = {}.keys()
print(rest)
nums = [5, 1, 4]
lo, *_, hi = sorted(nums)
print(lo, hi)
d = {'a': 1, 'b': 2}
(k1, v1), *more = d.items()
print(k1, v1, more)
