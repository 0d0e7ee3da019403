# attribute stores on __slots__ instances through one store site (the VM's inline cache) must
# still enforce the slots of each instance's own class
class A:
    __slots__ = ('x', 'y')

class B:
    __slots__ = ('y', 'x', 'z')

class C:
    __slots__ = ('y',)

class D(A):
    __slots__ = ('w',)

class E:
    __slots__ = ('x',)
    def __setattr__(self, name, value):
        print('setattr', name, value)

def setx(o, v):
    o.x = v

objs = [A(), B(), A(), D(), B(), C(), E()]
for rnd in range(3):
    for o in objs:
        try:
            setx(o, rnd)
            print(type(o).__name__, 'ok', getattr(o, 'x', None))
        except AttributeError:
            print(type(o).__name__, 'AttributeError')
a = objs[0]
del a.x
try:
    print(a.x)
except AttributeError:
    print('deleted')
setx(a, 7)
a.y = 8
setx(a, 9)
print(a.x, a.y)
d = D()
d.w = 1
setx(d, 2)
d.y = 3
print(d.w, d.x, d.y)
for i in range(4):
    try:
        d.q = i
    except AttributeError:
        print('no q')
