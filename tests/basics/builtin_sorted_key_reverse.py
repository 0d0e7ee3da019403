print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True))
print(sorted("hello"), sorted((3, 2, 1)))
print(sorted({3: 1, 1: 2}), sorted({5, 3, 9}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(2, "a"), (1, "b"), (2, "c"), (1, "d")], key=lambda t: t[0]))
print(sorted([(2, "a"), (1, "b"), (2, "c"), (1, "d")], key=lambda t: t[0], reverse=True))
print(sorted([]), sorted(iter([2, 1])))
print(sorted([1.5, 1, True, -2**70, 0.0]))
print(sorted(["B", "a", "C"], key=str.lower))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
l = [3, 1]
s = sorted(l)
print(s is l, l)
