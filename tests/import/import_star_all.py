# `from m import *` with __all__: a package's __all__ may name submodules not imported yet
# (imported then); a name the module lacks is AttributeError; a non-str item is TypeError
from pkg_all import *

print(value, sub_a.name)
try:
    from mod_all_missing import *
except AttributeError as e:
    print("AttributeError", e)
print(here)
try:
    from mod_all_bad import *
except TypeError as e:
    print("TypeError")
