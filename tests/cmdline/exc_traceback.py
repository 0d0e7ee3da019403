print('start')
def f(x):
    raise ValueError('boom')
def g(x):
    return f(x) + 1
def h():
    g(0)
h()
print('not reached')
