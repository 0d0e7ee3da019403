# comprehension scoping rules
x = 'outer'
l = [x for x in range(3)]
print(x, l)
i = 'keep'
g = [i * 2 for i in 'ab']
print(i, g)
def f():
    y = 10
    return [y + k for k in range(3)]
print(f())
def g2():
    n = 3
    return [[n * a + b for b in range(n)] for a in range(n)]
print(g2())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(vals)
print(C.doubled, C.total)
funcs = [lambda: v for v in range(3)]
print([fn() for fn in funcs])
def h():
    res = {k: k2 for k in range(2) for k2 in range(k + 1)}
    return res
print(h())
try:
    k
except NameError:
    print('k not leaked')
