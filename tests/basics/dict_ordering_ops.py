d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d), list(d.values()))
d["y"] = 0
print(list(d.items()))
del d["z"]
d["z"] = 1
print(list(d))
print(d.popitem(), list(d))
e = dict(d)
print(e == d, list(e) == list(d))
m = {"a": 1} | {"b": 2, "a": 3}
print(m)
m |= {"c": 4}
print(m)
print({**{"x": 1}, **{"y": 2}, "x": 9})
print(list(reversed(m)), list(reversed(m.items())))
f = dict.fromkeys(range(5), [])
f[0].append(1)
print(f[4])
c = {i: i * i for i in range(6) if i % 2}
print(c, len(c), sum(c), max(c, key=c.get))
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
