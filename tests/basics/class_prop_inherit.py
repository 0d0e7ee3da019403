class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @property
    def ro(self):
        return 'readonly'
class Sub(Base):
    @Base.v.setter
    def v(self, val):
        self._v = val * 3
s = Sub()
s.v = 2
print(s.v)
b = Base()
b.v = 2
print(b.v)
try:
    b.ro = 1
except AttributeError:
    print('AttributeError ro')
class Over(Base):
    ro = 'plain attr'
print(Over().ro)
class WithDel:
    def __init__(self):
        self.log = []
    def _get(self):
        return 'x'
    def _del(self):
        self.log.append('deleted')
    x = property(_get, None, _del, 'docstring')
w = WithDel()
print(w.x)
del w.x
print(w.log)
print(type(WithDel.x).__name__)
class CM:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class CM2(CM):
    pass
print(CM.inc(), CM2.inc(), CM2.inc(), CM.count, CM2.count)
print(CM().inc())
class SM:
    @staticmethod
    def s(x):
        return x + 1
class SM2(SM):
    @staticmethod
    def s(x):
        return SM.s(x) * 10
print(SM2.s(1), SM2().s(2))
