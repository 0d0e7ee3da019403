# globals() and module-level locals()
x = 1
g = globals()
print('x' in g, g['x'], type(g).__name__)
g['y'] = 2
print(y)
print(locals() is globals())
print('__name__' in g, __name__)
def f():
    return 'f' in globals()
print(f())
globals()['z'] = 'created'
print(z)
