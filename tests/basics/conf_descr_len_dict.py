# Subclasses of property are descriptors; property.__get__/__set__/__delete__; what len()
# makes of __len__ results; obj.__dict__ assignment; function __module__.
class CachedProp(property):
    pass
class Temp:
    def __init__(self):
        self._c = 0
    @CachedProp
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
t = Temp()
print(t.celsius)
t.celsius = 25
print(t.celsius, type(Temp.__dict__['celsius']).__name__ in ('property', 'CachedProp'))
p = property(lambda self: 'got ' + type(self).__name__)
print(p.__get__(t, Temp), p.__get__(None, Temp) is p)
try:
    p.__set__(t, 1)
except AttributeError:
    print('AttributeError set')
try:
    p.__delete__(t)
except AttributeError:
    print('AttributeError delete')
class ReadOnly:
    @property
    def x(self):
        return 1
for stmt in ['ReadOnly().x = 2', 'del ReadOnly().x']:
    try:
        exec(stmt)
    except AttributeError as e:
        print('AttributeError', e)

class L:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r
class Idx:
    def __index__(self):
        return 3
for r in [True, False, 5, Idx(), -1, 2 ** 100, 1.0, 'x']:
    for name, fn in (('len', len), ('bool', bool)):
        try:
            print(name, fn(L(r)))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__)

class D:
    def __init__(self):
        self.a = 1
d = D()
d.__dict__ = {'z': 9}
print(d.z, hasattr(d, 'a'), vars(d))
try:
    d.__dict__ = 5
except TypeError:
    print('TypeError dict')
def f():
    pass
print(f.__module__, (lambda: 0).__module__, D.__init__.__module__)
