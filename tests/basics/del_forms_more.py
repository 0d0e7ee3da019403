x = [1, 2, 3]
del x[:]
print(x)
a = {'x': 1}
del a['x']
try:
    del a['x']
except KeyError as e:
    print('KeyError', e)
class C:
    x = 1
del C.x
print(hasattr(C, 'x'))
try:
    del undefined_global_zz
except NameError:
    print('NameError')
def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__)
f()
