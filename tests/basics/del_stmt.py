# del of names, items, slices, attributes
x = 1
del x
try:
    x
except NameError:
    print('NameError')
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:5]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError:
    print('KeyError')
class C: pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), hasattr(c, 'b'))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print('NameError a')
l = [1, 2, 3, 4]
del l[1], l[1]
print(l)
def f():
    y = 5
    del y
    try:
        return y
    except NameError:
        return 'unbound'
print(f())
