# __defaults__ and __kwdefaults__: readable and settable
def f(a, b=2, c=3, *, d=4, e):
    return a, b, c, d, e


def g(x):
    return x


print(f.__defaults__, f.__kwdefaults__)
print(g.__defaults__, g.__kwdefaults__)
f.__defaults__ = (20, 30)
print(f(1, e=5))
f.__defaults__ = (30,)
print(f(1, 2, e=5))
try:
    f(e=5)
except TypeError:
    print('TypeError missing')
f.__kwdefaults__ = {'d': 40, 'e': 50}
print(f(1, 2))
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(1, 2)
except TypeError:
    print('TypeError kw missing')
g.__defaults__ = (7,)
print(g())
f.__defaults__ = None
print(f.__defaults__)
del g.__defaults__
print(g.__defaults__)
for bad in ([1], 1, 'ab'):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print('TypeError', e)
    try:
        f.__kwdefaults__ = bad
    except TypeError as e:
        print('TypeError', e)
