# default argument values
def f(a, b=2, c=3):
    return a + b * c
print(f(1), f(1, 1), f(1, 1, 1), f(1, c=0))
def append(v, l=[]):
    l.append(v)
    return l
print(append(1), append(2))
print(append(3, []))
def safe(v, l=None):
    if l is None:
        l = []
    l.append(v)
    return l
print(safe(1), safe(2))
x = 10
def capture(v=x):
    return v
x = 20
print(capture())
def many(a=1, b='s', c=None, d=(1, 2), e=1.5):
    return a, b, c, d, e
print(many(), many(e=0))
try:
    f()
except TypeError:
    print('TypeError')
try:
    f(1, 2, 3, 4)
except TypeError:
    print('TypeError too many')
try:
    f(1, d=4)
except TypeError:
    print('TypeError unexpected kw')
try:
    f(1, a=2)
except TypeError:
    print('TypeError multiple values')
