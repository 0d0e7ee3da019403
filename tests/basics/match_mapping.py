# match statement: mapping patterns ({"k": v, **rest}), lookups on dicts and dict subclasses,
# extra keys ignored, OrderedDict/defaultdict, repeated keys via value patterns
from collections import OrderedDict, defaultdict


def m(x):
    match x:
        case {}:
            if x:
                return ("any mapping", sorted(x))
            return "empty mapping"


def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ("point", px, py)
        case {"type": "circle", "r": r, **rest}:
            return ("circle", r, sorted(rest.items()))
        case {1: one, None: n, False: t}:
            return ("odd keys", one, n, t)
        case {**rest}:
            return ("rest", sorted(map(repr, rest)))
        case _:
            return "not a mapping"


print(m({}), m({"a": 1}), m([]), m("x"))
for v in [{"type": "point", "x": 1, "y": 2},
          {"type": "point", "x": 1, "y": 2, "z": 3},
          {"type": "point", "x": 1},
          {"type": "circle", "r": 5},
          {"type": "circle", "r": 5, "color": "red", "fill": True},
          {1: "a", None: "b"},
          {1: "a", None: "b", False: "c"},
          {"q": 0},
          [("type", "point")],
          None]:
    print(mp(v))

# the rest is a new dict; the subject is not changed
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **others}:
        print(sorted(others.items()), sorted(d.items()), others is d)

# OrderedDict and defaultdict are mappings; defaultdict does not create missing keys
od = OrderedDict([("x", 1), ("y", 2)])
match od:
    case {"x": x, **rest}:
        print("od", x, type(rest).__name__, list(rest.items()))

dd = defaultdict(list)
dd["k"] = [1]
match dd:
    case {"missing": v}:
        print("no")
    case {"k": v}:
        print("dd", v, sorted(dd))


# a dict subclass's get() is used for the lookups
class Logged(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)


match Logged(a=1, b=2):
    case {"a": 1, "b": b}:
        print("logged", b)


# keys from value patterns
class Keys:
    A = "a"
    B = "b"


match {"a": 10, "b": 20}:
    case {Keys.A: av, Keys.B: bv}:
        print("value keys", av, bv)

# a repeated key (known only at run time) raises ValueError when it is reached
try:
    match {"a": 1, "b": 2}:
        case {Keys.A: _, "a": _}:
            print("no")
except ValueError:
    print("ValueError")

# ... but not when the pattern failed before (too few items, or a missing key first)
match {"a": 1}:
    case {Keys.A: _, "a": _}:
        print("no")
    case _:
        print("too few items")
match {"z": 1, "y": 2}:
    case {Keys.A: _, "a": _}:
        print("no")
    case _:
        print("missing first key")

# nested
match {"user": {"name": "ann", "tags": ["x", "y"]}}:
    case {"user": {"name": str(name), "tags": [first, *_]}}:
        print(name, first)

# unhashable keys never reach a dict: the lookup raises TypeError only if tried
match {"a": [1]}:
    case {"a": [1]}:
        print("list value")
