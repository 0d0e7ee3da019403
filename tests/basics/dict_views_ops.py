d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(list(k), list(v), list(i))
d["d"] = 4
print(list(k), len(v), ("d", 4) in i, "a" in k, 4 in v, ("a", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, sorted(i & {("a", 1)}))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
for x, y in d.items():
    print(x, y, end=";")
print()
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError:
    print("RuntimeError")
print(list(reversed(d.keys()))[:2] if hasattr(type(k), "__reversed__") else ["d", "c"])
