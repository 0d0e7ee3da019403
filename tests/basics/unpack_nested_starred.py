a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
a, *b, c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = "xyz"
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
a = b = c = 7
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 5
print(i, l)
try:
    a, b = 1, 2, 3
except ValueError:
    print("ValueError")
try:
    a, b, c = 1, 2
except ValueError:
    print("ValueError")
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
try:
    a, b = 5
except TypeError:
    print("TypeError")
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"ab",), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
