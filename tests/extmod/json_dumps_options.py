# json.dumps: default, skipkeys, allow_nan, check_circular and their errors
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("nope " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}, Point(Point(0, 0), [])], default=enc))
print(json.dumps({"p": Point(1, 2)}, default=enc, indent=1))
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print(e)
try:
    json.dumps([1, {2}])
except TypeError as e:
    print(e)
try:
    json.dumps(b"bytes")
except TypeError as e:
    print(e)
try:
    json.dumps([complex(1, 2)], default=enc)
except TypeError as e:
    print(e)

# keys
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps({"a": 1, b"k": 2})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3, "a": 1, b"k": 2, "z": [1]}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True, indent=2))

# allow_nan
for v in [float("nan"), float("inf"), -float("inf"), [1.0, float("nan")], {"k": float("inf")}, {float("nan"): 1}]:
    print(json.dumps(v))
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([1.5, 2], allow_nan=False))

# circular references
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}
d["self"] = [1, d]
try:
    json.dumps(d)
except ValueError as e:
    print(e)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print(e)
# the same object twice (not a cycle) is fine
x = [1, 2]
print(json.dumps([x, x, {"a": x}]))
# sorting keys that can't be compared
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError:
    print("TypeError")
