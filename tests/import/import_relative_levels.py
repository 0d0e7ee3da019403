# relative imports at levels 1..3 inside a package, the ImportError one level beyond the top
# (CPython's message), and the one in a top-level script; __import__ with globals and level
# (positional or keyword) resolves relative to the given globals
import pkg_rel.sub.deep.leaf

try:
    from . import anything
except ImportError as e:
    print("ImportError", e)

g = {"__name__": "pkg_rel.sub.deep.leaf"}
m = __import__("top", g, None, ("top_val",), 3)
print(m.__name__, m.top_val)
m = __import__("", globals=g, fromlist=("top",), level=3)
print(m.__name__)
m = __import__(name="pkg_rel.sub", fromlist=["deep"])
print(m.__name__, m.deep.__name__)
for bad in (dict(nope=1), dict(name="sys", level=-1)):
    try:
        __import__(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
