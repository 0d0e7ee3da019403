# starred assignment targets
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
*a, = 'hello'
print(a)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for x, *y in [(1, 2, 3), (4,), (5, 6)]:
    print(x, y)
first, *_, last = 'abcdef'
print(first, last)
try:
    a, *b, c = [1]
except ValueError:
    print('ValueError')
[a, *b] = (i * i for i in range(4))
print(a, b)
