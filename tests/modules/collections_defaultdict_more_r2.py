from collections import defaultdict
d = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    d[w[0]].append(w)
print(sorted(d.items()), len(d), "z" in d, d.get("z"), "z" in d)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["q"], sorted(c))
n = defaultdict()
try:
    n["x"]
except KeyError:
    print("KeyError")
print(n.default_factory, d.default_factory is list)
s = defaultdict(lambda: "dflt", {"a": "A"})
print(s["a"], s["b"], sorted(s.items()), isinstance(s, dict))
t = defaultdict(set, a={1})
t["a"].add(2)
t["b"].add(3)
print(sorted((k, sorted(v)) for k, v in t.items()))
