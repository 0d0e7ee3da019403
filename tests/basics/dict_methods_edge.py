d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError:
    print("KeyError")
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
d.update(w=4)
print(d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
c.clear()
print(c)
try:
    {}.popitem()
except KeyError:
    print("KeyError")
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip("ab", "cd")))
try:
    dict([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    dict([1])
except TypeError:
    print("TypeError")
try:
    {[1]: 2}
except TypeError:
    print("TypeError")
print({1: "a", 1.0: "b", True: "c"})
del d["x"]
try:
    del d["x"]
except KeyError:
    print("KeyError")
print(d == {"a": 1, "b": 2, "c": 3, "y": 2, "z": 3, "w": 4}, d != {})
