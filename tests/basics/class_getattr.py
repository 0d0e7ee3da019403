# __getattr__ is called only for missing attributes
class Dyn:
    real = 'real attr'
    def __init__(self):
        self.inst = 'instance attr'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return name[2:] * 2
        raise AttributeError(name)
d = Dyn()
print(d.real, d.inst, d.x_ab, d.x_)
try:
    d.missing
except AttributeError:
    print('AttributeError')
print(hasattr(d, 'x_q'), hasattr(d, 'nope'))
print(getattr(d, 'nope', 'default'))
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1), p.index(3))
