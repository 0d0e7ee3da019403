def f():
    import sys
    return type(sys.modules).__name__
print(f())
try:
    sys
except NameError:
    print('sys not global')
def g():
    from math import sqrt as s
    return s(9)
print(g())
import math as m, sys as s2
print(m.floor(2.5), s2 is not None)
def h():
    global json_mod
    import math as json_mod
h()
print(json_mod.floor(3.7))
try:
    import no_such_module_xyz
except ImportError as e:
    print('ImportError', type(e).__name__)
try:
    from math import no_such_name
except ImportError:
    print('ImportError from')
import sys
print('math' in sys.modules)
