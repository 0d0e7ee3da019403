for src in [(1, 2), (1,), (1, 2, 3), [], "ab", range(2), {1: 2, 3: 4}]:
    try:
        a, b = src
        print("ok", a, b)
    except ValueError as e:
        print("ValueError", type(src).__name__, len(src))
try:
    a, b = 5
except TypeError:
    print("TypeError")
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
*e, = "xyz"
print(e)
try:
    (a, b), c = (1,), 2
except ValueError:
    print("ValueError nested")
[p, q] = [q, p] = (7, 8)
print(p, q)
