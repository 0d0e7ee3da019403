def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, a=2),
    lambda: f(),
    lambda: f(b=1),
]
for t in tests:
    try:
        print(t())
    except TypeError:
        print('TypeError')

def g(*, k):
    return k
for t in [lambda: g(), lambda: g(1), lambda: g(k=1), lambda: g(k=1, j=2)]:
    try:
        print(t())
    except TypeError:
        print('TypeError')

def h(a, *args, **kw):
    return a, args, sorted(kw.items())
print(h(1, 2, 3, x=4))
print(h(*[1, 2], **{'y': 5}))
try:
    h(**{'a': 1, 'b': 2}, a=3)
except TypeError:
    print('TypeError dup')
try:
    h(1, **{'a': 2})
except TypeError:
    print('TypeError multiple a')
class C:
    def m(self, x):
        return x
try:
    C().m()
except TypeError:
    print('TypeError method')
try:
    C.m(1)
except TypeError:
    print('TypeError unbound')
print(C.m(None, 7))
