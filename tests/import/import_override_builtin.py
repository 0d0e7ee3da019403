# a program may replace builtins.__import__: every import statement then calls it with
# (name, globals, locals, fromlist, level) as CPython does, relative imports included
import builtins

orig_import = builtins.__import__


def custom_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith("_"):  # (CPython's own importlib imports _io through it)
        print("import", repr(name), fromlist, level, globals["__name__"] if globals else None)
    return orig_import(name, globals, locals, fromlist, level)


builtins.__import__ = custom_import
import pkg_rel.sub.deep.leaf
from collections import OrderedDict
import sys as system

print(OrderedDict.__name__, system.__name__)
builtins.__import__ = orig_import
import json

print("restored")
