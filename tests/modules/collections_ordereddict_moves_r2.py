from collections import OrderedDict
d = OrderedDict()
for k in "abcde":
    d[k] = ord(k)
print(list(d), list(d.items())[:2])
d.move_to_end("b")
print(list(d))
d.move_to_end("d", last=False)
print(list(d))
d.move_to_end("e", False)
print(list(d))
print(d.popitem(), d.popitem(last=False), list(d))
try:
    d.move_to_end("zz")
except KeyError:
    print("KeyError")
d["a"] = 100
d["new"] = 1
print(list(d.items()))
del d["c"]
d["c"] = 3
print(list(d.keys()), list(d.values()))
e = OrderedDict([("x", 1), ("y", 2)])
f = OrderedDict([("y", 2), ("x", 1)])
print(e == f, dict(e) == dict(f), e == {"y": 2, "x": 1}, OrderedDict(a=1), OrderedDict(e) == e)
e.clear()
try:
    e.popitem()
except KeyError:
    print("KeyError empty")
g = OrderedDict.fromkeys("xyz", 0)
print(g, g.setdefault("w", 9), list(g), g.pop("x"), list(g))
