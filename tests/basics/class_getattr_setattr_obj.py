class Tracked:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __getattr__(self, name):
        return 'missing:' + name
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
t = Tracked()
t.b = 5
print(t.a, t.b, t.zzz, t.log)
del t.b
print(t.b, t.log)
class Frozen:
    __slots__ = ()
class Immutable:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError('immutable')
im = Immutable(3)
print(im.v)
try:
    im.v = 4
except AttributeError as e:
    print('AttributeError', e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
try:
    p.nothing
except AttributeError:
    print('AttributeError proxied')
