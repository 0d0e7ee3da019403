# __getattribute__: called for every attribute access, falls back to __getattr__
class A:
    cls_attr = 'class'

    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        log.append(name)
        if name == 'magic':
            return 42
        if name == 'missing':
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def meth(self):
        return 'meth'


log = []
a = A()
print(a.x, a.magic, a.cls_attr, a.meth())
print(log)
try:
    a.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    a.nothere
except AttributeError as e:
    print('AttributeError', e)
print(getattr(a, 'magic'), hasattr(a, 'missing'), hasattr(a, 'x'))


class B(A):
    def __getattr__(self, name):
        return 'getattr:' + name


b = B()
print(b.x, b.magic, b.missing, b.nothere)


class C:
    def __getattribute__(self, name):
        raise ValueError('boom')


try:
    C().anything
except ValueError as e:
    print('ValueError', e)


class P:
    @property
    def p(self):
        return 'prop'

    def __getattribute__(self, name):
        return 'wrapped ' + str(object.__getattribute__(self, name))


print(P().p)
m = object.__getattribute__(A(), 'meth')
print(m())
try:
    object.__getattribute__(A(), 'zzz')
except AttributeError as e:
    print('AttributeError', e)
try:
    object.__getattribute__(A(), 1)
except TypeError as e:
    print('TypeError', e)


class Count:
    def __init__(self):
        self.n = 0

    def __getattribute__(self, name):
        d = object.__getattribute__(self, '__dict__')
        d['n'] = d.get('n', 0) + 1
        return object.__getattribute__(self, name)


c = Count()
for i in range(5):
    c.n
print(object.__getattribute__(c, 'n'))


class Late:
    y = 2


o = Late()
print(o.y)
Late.__getattribute__ = lambda self, name: 'late'
print(o.y)
