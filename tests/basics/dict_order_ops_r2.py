d = {"b": 1, "a": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
print(list(d), list(d.values()), list(d.items()))
d2 = {**d, "a": 99, "z": 0}
print(d2, {**{}, **d} == d, dict(d, a=5), d | {"q": 1}, {"q": 1} | d)
e = dict(d)
e |= {"a": -1, "n": 0}
e |= [("m", 1)]
print(e)
try:
    d | [("x", 1)]
except TypeError:
    print("TypeError |")
print(list(reversed(d)), next(iter(d)), next(reversed(d.items())), {k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(dict(sorted({3: "c", 1: "a", 2: "b"}.items())), list({1: 0, True: 1, 1.0: 2}.items()), {None: 1, (): 2, "": 3, 0: 4})
