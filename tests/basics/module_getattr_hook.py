import mod_lazyattr
print(mod_lazyattr.VALUE, mod_lazyattr.lazy_thing)
try:
    mod_lazyattr.other
except AttributeError:
    print('AttributeError')
print(getattr(mod_lazyattr, 'lazy_x', None), hasattr(mod_lazyattr, 'nope'))
from mod_lazyattr import lazy_imported
print(lazy_imported)
mod_lazyattr.NEW = 5
print(mod_lazyattr.NEW, mod_lazyattr.__name__)
