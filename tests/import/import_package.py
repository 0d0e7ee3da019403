# packages with __init__.py and relative imports
import pkg
print(pkg.pkg_attr, pkg.__name__)
import pkg.mod1
print(pkg.mod1.name, pkg.mod1.use())
from pkg import mod2
print(mod2.helper())
from pkg.sub import deep
print(deep.info())
import pkg.sub
print(pkg.sub.parent_attr)
