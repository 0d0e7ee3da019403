a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(sorted(ka & {"x", "q"}), sorted(ka | ["q"]), sorted(ka - ("x",)), sorted(ka ^ {"x": 0}))
print(sorted({"y", "k"} & ka), sorted(["m"] | ka) if False else sorted({"m"} | ka))
print(ka == {"x", "y", "z"}, ka == {"x"}, ka != {"x"}, ka <= {"x", "y", "z", "w"}, ka < {"x", "y", "z"}, ka >= {"x"}, ka > ka)
print(ka.isdisjoint({"q"}), ka.isdisjoint(kb), "x" in ka, "q" in ka, len(ka))
ia = a.items()
print(sorted(ia & {("x", 1), ("y", 5)}), ("x", 1) in ia, ("x", 2) in ia, ["x", 1] in ia if False else True)
print(sorted(ia - {("x", 1)}), sorted(ia | {("n", 0)}))
v = a.values()
print(sorted(v), 2 in v, 9 in v, len(v))
try:
    v & {1}
except TypeError:
    print("TypeError values")
a["new"] = 0
print(list(ka), list(v), list(ia))
print(list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
