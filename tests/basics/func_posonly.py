def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5))
print(f(1, 2, 3, 4, e=5, f=60))
try:
    f(a=1, b=2, c=3, e=5)
except TypeError:
    print('TypeError posonly')
try:
    f(1, 2, 3)
except TypeError:
    print('TypeError missing kwonly')

def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2))

def h(x, /):
    return x
print(h(3))
try:
    h(x=3)
except TypeError:
    print('TypeError')

def dflt(a=1, b=2, /, c=3):
    return a, b, c
print(dflt(), dflt(9), dflt(9, 8, 7), dflt(c=0))
l = lambda a, /, b: (a, b)
print(l(1, 2), l(1, b=3))
