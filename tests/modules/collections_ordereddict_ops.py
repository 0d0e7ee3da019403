from collections import OrderedDict
o = OrderedDict()
o["z"] = 1
o["a"] = 2
o["m"] = 3
print(list(o.keys()), list(o.values()), list(o.items()))
o["z"] = 10
print(list(o.items()))
del o["a"]
o["a"] = 5
print(list(o))
print(o.popitem(), list(o))
o2 = OrderedDict([("b", 1), ("a", 2)])
print(o2, list(o2), o2["b"], o2.get("c", 0), len(o2), "a" in o2)
print(OrderedDict(o2) == o2, dict(o2) == {"a": 2, "b": 1})
