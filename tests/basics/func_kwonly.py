# keyword-only arguments
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=0))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional')
try:
    f(1)
except TypeError:
    print('TypeError missing')
def g(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep='+'))
def h(*, x=1, y):
    return x, y
print(h(y=2), h(y=3, x=4))
