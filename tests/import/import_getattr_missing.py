# `from m import name` with a module-level __getattr__ (PEP 562): a name it makes is
# imported; its AttributeError becomes ImportError; other exceptions pass through
import mod_getattr
from mod_getattr import dyn_x

print(dyn_x, mod_getattr.dyn_y)
try:
    from mod_getattr import missing
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    mod_getattr.missing
except AttributeError:
    print("AttributeError")


def boom(name):
    raise KeyError(name)


mod_getattr.__getattr__ = boom
try:
    from mod_getattr import other
except KeyError as e:
    print("KeyError")
