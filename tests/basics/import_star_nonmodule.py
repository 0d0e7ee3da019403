# `from m import *` where sys.modules['m'] is not a module: generic attribute protocol
import sys

sys.modules['m_int'] = 1
try:
    from m_int import *
except ImportError as e:
    print('ImportError', e)


class C:
    x = 1
    _y = 2

    def meth(self):
        return 3


sys.modules['m_cls'] = C
from m_cls import *
print(x, '_y' in dir(), meth(C()))


class WithAll:
    __all__ = ['a', '_b']
    a = 10
    _b = 20
    c = 30


sys.modules['m_all'] = WithAll
from m_all import *
print(a, _b, 'c' in dir())


class Obj:
    pass


o = Obj()
o.p = 'p'
o._q = 'q'
sys.modules['m_obj'] = o
from m_obj import *
print(p, '_q' in dir())


class BadAll:
    __all__ = [1]


sys.modules['m_bad'] = BadAll
try:
    from m_bad import *
except TypeError:
    print('TypeError')


class MissingAll:
    __all__ = ['nope']


sys.modules['m_missing'] = MissingAll
try:
    from m_missing import *
except (AttributeError, ImportError) as e:
    print('missing', type(e).__name__)

for v in (None, 'str', (1, 2), 3.5):
    sys.modules['m_v'] = v
    try:
        from m_v import *
        print('ok', type(v).__name__)
    except ImportError as e:
        print('ImportError', type(v).__name__)
