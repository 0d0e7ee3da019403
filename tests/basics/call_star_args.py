# star-args and double-star in calls
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], 3, *(4, 5)))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(1, *'ab', x=1, **{'y': 2}))
def g(a, b, c=3, *rest, d, e=5, **kw):
    return a, b, c, rest, d, e, sorted(kw.items())
print(g(1, 2, d=4))
print(g(1, 2, 9, 10, 11, d=4, e=6, z=0))
print(g(*range(5), **{'d': 'D', 'q': 'Q'}))
args = (1,)
kw = {'b': 20, 'd': 40}
print(g(*args, **kw))
try:
    g(1, 2)
except TypeError:
    print('TypeError missing kwonly')
def h(a, b):
    return a - b
print(h(b=1, a=10), h(*[5], b=1))
print(max(*[3, 9, 2]), print(*[], sep='x'))
