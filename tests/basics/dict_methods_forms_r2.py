d = {}
print(d.setdefault("a"), d, d.setdefault("a", 5), d.setdefault("b", [1]), d)
print(d.pop("a"), d.pop("zz", "dflt"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e.args)
d = dict(a=1, b=2, c=3)
print(d.popitem(), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
d.update(k=5)
d.update()
print(d)
try:
    d.update([("a", 1, 2)])
except ValueError:
    print("ValueError update")
try:
    d.update(1)
except TypeError:
    print("TypeError update")
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
f = dict.fromkeys("abc", [])
f["a"].append(1)
print(f, dict.fromkeys([1, 2]), dict.fromkeys((), 0), dict.fromkeys(range(3), "v"))
print(d.get("x"), d.get("nope"), d.get("nope", 0), "x" in d, "nope" not in d)
print(dict([(1, 2)], a=3) if False else dict({1: 2}, a=3), dict(zip("ab", [1, 2])), dict(dict(q=1)))
e = d.copy()
e["new"] = 1
print(len(d), len(e), d == e, dict(a=1) == {"a": 1}, {1: 2} != {1: 3})
d.clear()
print(d)
class K:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(dict(K()), {**K()} if True else 0)
x = {}
x.update(K())
print(x)
