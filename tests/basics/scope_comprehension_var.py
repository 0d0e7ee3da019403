i = 'outer'
l = [i for i in range(3)]
print(i, l)
s = {i for i in range(3)}
print(i, sorted(s))
d = {i: i * 2 for i in range(3)}
print(i, d)
g = list(i for i in range(3))
print(i, g)

def f():
    y = 10
    return [y + j for j in range(3)]
print(f())

def g2():
    x = [1, 2]
    return [[a * b for b in x] for a in x]
print(g2())

# comprehension referencing class var doesn't see it in inner part
class C:
    n = 3
    r = [k for k in range(n)]
print(C.r)

# iteration var in nested comprehension
print([(a, b) for a in range(3) for b in range(a)])
print([x for x in [y for y in range(5)] if x % 2])

def h():
    fs = [lambda: k for k in range(3)]
    return [f() for f in fs]
print(h())
